namespace Luoshi.Intake.Progress.Template;

/// <summary>One task's report read back from a filled-in template: its values and the narrative of its first row.</summary>
public sealed record TemplateReport(string TaskCode, int Period, string Unit, IReadOnlyList<TemplateValue> Values, string Progress, string Problems, string NextSteps);

/// <summary>What the template says about one target.</summary>
public sealed record TemplateValue(string TargetCode, decimal? Value, decimal? Numerator, decimal? Denominator, DateOnly? DoneOn);
