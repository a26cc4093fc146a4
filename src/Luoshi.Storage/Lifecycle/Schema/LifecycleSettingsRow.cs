namespace Luoshi.Storage.Lifecycle.Schema;

/// <summary>lifecycle_settings: the office's limits — working days to sign and to answer a notice, a notice's colour
/// thresholds. One row.</summary>
internal sealed class LifecycleSettingsRow
{
    public const int OnlyId = 1;

    public int Id { get; set; } = OnlyId;

    public int SignWorkingDays { get; set; }

    public int AnswerWorkingDays { get; set; }

    public int YellowDays { get; set; }

    public int RedDays { get; set; }
}

/// <summary>holiday_years: an office's holiday file for a year, replacing the one shipped (or adding a year).</summary>
internal sealed class HolidayYearRow
{
    public int Year { get; set; }

    public required string FileName { get; set; }

    public required string Text { get; set; }
}
