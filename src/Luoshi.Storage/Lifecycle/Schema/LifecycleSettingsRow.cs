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

/// <summary>holiday_years: the one table of the ledger's working-day calendar — an office's holiday file for a year,
/// replacing the one shipped (or adding a year). Read by <see cref="Calendar.CalendarStore"/> for every "N 个工作日" rule.</summary>
internal sealed class HolidayYearRow
{
    public int Year { get; set; }

    public required string FileName { get; set; }

    public required string Text { get; set; }
}
