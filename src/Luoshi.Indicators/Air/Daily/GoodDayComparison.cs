namespace Luoshi.Indicators.Air.Daily;

/// <summary>
/// The same days counted three ways: by the HJ 633 version in force on each date (the official figure), and all by
/// HJ 633-2012 and all by HJ 633—2026 — because a goal written under one version is not comparable with a result under
/// the other. Validity is the same under both (HJ 663-2013 reading), so only good and heavy-pollution days differ.
/// </summary>
public sealed class GoodDayComparison
{
    private readonly GoodDayTally _of2012 = new();
    private readonly GoodDayTally _of2026 = new();

    /// <summary>Each day by the version in force on its date.</summary>
    public GoodDayTally InForce { get; } = new();

    /// <summary>The first day added, or null.</summary>
    public DateOnly? First { get; private set; }

    /// <summary>The last day added, or null.</summary>
    public DateOnly? Last { get; private set; }

    /// <summary>Every day by <paramref name="standard"/>, whatever its date.</summary>
    public GoodDayTally Under(AirStandard standard) => standard switch
    {
        AirStandard.Hj633Of2012 => _of2012,
        AirStandard.Hj633Of2026 => _of2026,
        _ => throw new ArgumentOutOfRangeException(nameof(standard), standard, null),
    };

    /// <summary>The stretches of the days added under each version in force (two when they straddle 1 March 2026).</summary>
    public IReadOnlyList<StandardSpan> InForceSpans => First is { } first && Last is { } last ? AirStandards.SpansOf(first, last) : [];

    /// <summary>Counts one station-day three ways.</summary>
    public void Add(in StationDay day)
    {
        Note(day.Date);
        InForce.Add(day);
        _of2012.Add(day.By(AirStandard.Hj633Of2012));
        _of2026.Add(day.By(AirStandard.Hj633Of2026));
    }

    /// <summary>Counts one city-day three ways.</summary>
    public void Add(in CityDay day)
    {
        Note(day.Date);
        InForce.Add(day);
        _of2012.Add(day.By(AirStandard.Hj633Of2012));
        _of2026.Add(day.By(AirStandard.Hj633Of2026));
    }

    /// <summary>Counts a day without any data as invalid, three ways alike.</summary>
    public void AddInvalid(DateOnly date, DayInvalidity invalidity)
    {
        Note(date);
        InForce.Add(DayStatus.Invalid, invalidity, null);
        _of2012.Add(DayStatus.Invalid, invalidity, null);
        _of2026.Add(DayStatus.Invalid, invalidity, null);
    }

    private void Note(DateOnly date)
    {
        First = First is { } f && f < date ? f : date;
        Last = Last is { } l && l > date ? l : date;
    }
}
