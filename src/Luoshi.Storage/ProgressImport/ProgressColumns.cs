namespace Luoshi.Storage.ProgressImport;

/// <summary>The columns of a progress file, and where each stands in the file at hand.</summary>
internal sealed record ProgressColumns(int[] At)
{
    public static readonly string[] Names =
        ["task", "target", "period", "unit", "value", "numerator", "denominator", "done_on", "progress", "problems", "next_steps", "state"];

    // Indexes into Names (and At).
    public const int Task = 0, Target = 1, Period = 2, Unit = 3, Value = 4, Numerator = 5, Denominator = 6, DoneOn = 7,
        Progress = 8, Problems = 9, NextSteps = 10, State = 11;
}
