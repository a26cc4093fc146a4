using Luoshi.Storage.Monitoring.Stations;

namespace Luoshi.Storage.Monitoring.Views;

/// <summary>A year of a station set's (or one station's) days, as the AQI calendar shows them.</summary>
/// <param name="Scope">The set name or station code.</param>
/// <param name="Stations">The stations of the scope.</param>
/// <param name="Year">The year shown.</param>
/// <param name="LastDay">The last full day counted (the day before the as-of day, or 31 December); before 1 January
/// of <paramref name="Year"/> when no day has ended yet.</param>
/// <param name="Days">Every day from 1 January to <paramref name="LastDay"/>, in order.</param>
/// <param name="Summary">The share of good days over those days.</param>
public sealed record AirCalendar(
    string Scope, IReadOnlyList<AirStation> Stations, int Year, DateOnly LastDay, IReadOnlyList<AirCalendarDay> Days, AirShareSummary Summary);
