namespace Luoshi.Domain.Standings;

/// <summary>A task's report for a period that is past due and not yet submitted.</summary>
public sealed record OverdueReport(string TaskCode, string Task, string? Unit, int Period, string PeriodName, DateOnly Due, int DaysLate);
