using Luoshi.Domain.Evaluation;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Values;
using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Progress;

/// <summary>What a reported value of one target may be, by its measure and unit — the one rule every channel (CSV
/// import, offline template, web form, API, command line) checks a value by (docs/ledger.md, "Values"):
/// cumulative amounts, levels and bottom-line events at least 0, and whole where the unit counts things (人, 个, 户…);
/// shares, percent complete and levels in % from 0 to 100 (a growth in % from −100); a ratio's part and whole at
/// least 0, the whole above 0 and the part no larger; a milestone's done date within the plan year (or up to the
/// deadline's year); every number at most 10^12 in size; fields the measure does not use left empty.</summary>
/// <param name="Growth">True for a change against a baseline (增长5.5%), which may be negative.</param>
/// <param name="DoneOn">The days a milestone may be reported done on.</param>
public sealed record ValueRule(Measure Measure, string? Unit, bool Growth, DayWindow DoneOn)
{
    /// <summary>The rule of <paramref name="target"/> in a plan of <paramref name="planYear"/>.</summary>
    public static ValueRule Of(Target target, int planYear)
    {
        ArgumentNullException.ThrowIfNull(target);
        return Of(target.Measure, target.Unit, target.Kind, target.Deadline, planYear);
    }

    /// <summary>The rule of a target measured so, in a plan of <paramref name="planYear"/>.</summary>
    public static ValueRule Of(Measure measure, string? unit, TargetKind kind, DateOnly deadline, int planYear) =>
        new(measure, unit, kind == TargetKind.Growth, DayWindow.Years(planYear, Math.Max(planYear, deadline.Year)));

    /// <summary>True when the measure takes <paramref name="field"/> at all.</summary>
    public bool Takes(ValueField field) => field switch
    {
        ValueField.Value => true,
        ValueField.Numerator or ValueField.Denominator => Measure == Measure.Ratio,
        _ => Measure == Measure.Milestone,
    };

    /// <summary>The numbers <paramref name="field"/> accepts.</summary>
    public ValueRange Range(ValueField field) => field != ValueField.Value
        ? new(0m, ValueRange.Largest, false)
        : Measure switch
        {
            Measure.Cumulative => new(0m, ValueRange.Largest, CountedUnits.AreWhole(Unit)),
            Measure.BottomLine => new(0m, ValueRange.Largest, true),
            Measure.Ratio or Measure.Milestone => new(0m, 100m, false),
            _ => Unit?.Trim() switch
            {
                "%" or "％" => Growth ? new(-100m, ValueRange.Largest, false) : new(0m, 100m, false),
                "‰" => Growth ? new(-1000m, ValueRange.Largest, false) : new(0m, 1000m, false),
                // A level counted in whole things (在岗教师 1200人) is a whole number, and no fewer than none unless a change.
                _ when Measure == Measure.Level && CountedUnits.AreWhole(Unit) =>
                    Growth ? new(-ValueRange.Largest, ValueRange.Largest, true) : new(0m, ValueRange.Largest, true),
                _ => ValueRange.Any,
            },
        };

    /// <summary>"a number of at least 0", "a whole number from 0 to 100"…: what <paramref name="field"/> accepts.</summary>
    public Words Expected(ValueField field) => Catalogue.Values.Expected(Range(field));

    /// <summary>Null when <paramref name="number"/> fits <paramref name="field"/>, else what was expected.</summary>
    public Words? Check(ValueField field, decimal number) =>
        !Takes(field) ? Catalogue.Values.NotTaken(Measure, field)
        : Math.Abs(number) > ValueRange.Largest ? Catalogue.Values.TooLarge(Found(number))
        : Range(field).Contains(number) ? null
        : Catalogue.Values.ExpectedFound(Expected(field), Found(number));

    /// <summary>True when <paramref name="field"/> is counted in per cent, so a per-cent sign typed after its number
    /// (80%, ８０％) says what the field already means. Elsewhere the sign changes the meaning: "400%" for a target in
    /// 人 is not 400 people, and is refused as no number.</summary>
    public bool InPercent(ValueField field) => field == ValueField.Value
        && (Measure is Measure.Ratio or Measure.Milestone || Unit?.Trim() is "%" or "％");

    /// <summary>The number typed in <paramref name="field"/> as every channel reads one (<see cref="NumberText"/>, a
    /// per-cent sign only where <see cref="InPercent"/>), checked by this rule: the number, or what was expected.</summary>
    public (decimal? Number, Words? Problem) Read(ValueField field, ReadOnlySpan<char> text)
    {
        if (!NumberText.TryParse(text, out var number, InPercent(field)))
        {
            return (null, NotANumber(field, text.Trim().ToString()));
        }

        return Check(field, number) is { } problem ? (null, problem) : (number, null);
    }

    /// <summary>The words for text in a number field that is no number.</summary>
    public Words NotANumber(ValueField field, string text) => Catalogue.Values.ExpectedFoundText(Expected(field), text);

    /// <summary>Null when a milestone may be done on <paramref name="day"/>, else why not.</summary>
    public Words? Check(DateOnly day) =>
        !Takes(ValueField.DoneOn) ? Catalogue.Values.NotTaken(Measure, ValueField.DoneOn)
        : DoneOn.Contains(day) ? null
        : Catalogue.Values.OutsideWindow(DoneOn, day);

    /// <summary>Every problem of a value, each on its field: the fields on their own, then a ratio's part against its
    /// whole. An empty list means the value may be stored.</summary>
    public IReadOnlyList<ValueProblem> Check(decimal? value, decimal? numerator, decimal? denominator, DateOnly? doneOn)
    {
        var problems = new List<ValueProblem>();
        Add(ValueField.Value, value is { } v ? Check(ValueField.Value, v) : null);
        Add(ValueField.Numerator, numerator is { } n ? Check(ValueField.Numerator, n) : null);
        Add(ValueField.Denominator, denominator is { } d ? Check(ValueField.Denominator, d) : null);
        Add(ValueField.DoneOn, doneOn is { } day ? Check(day) : null);
        if (problems.Count == 0 && Measure == Measure.Ratio && Parts(numerator, denominator) is { } parts)
        {
            problems.Add(parts);
        }

        return problems;

        void Add(ValueField field, Words? problem)
        {
            if (problem is { } words)
            {
                problems.Add(new ValueProblem(field, words));
            }
        }
    }

    private static string Found(decimal number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static ValueProblem? Parts(decimal? numerator, decimal? denominator) => (numerator, denominator) switch
    {
        (null, null) => null,
        (null, _) => new(ValueField.Numerator, Catalogue.Values.BothParts),
        (_, null) => new(ValueField.Denominator, Catalogue.Values.BothParts),
        (_, 0m) => new(ValueField.Denominator, Catalogue.Values.WholeAboveZero),
        ({ } n, { } d) when n > d => new(ValueField.Numerator, Catalogue.Values.PartAboveWhole(d)),
        _ => null,
    };
}
