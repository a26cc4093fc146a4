namespace Luoshi.Monitoring.Notes;

/// <summary>What every air note names first: the scope (a station set or one station), how many stations it holds and
/// the stretch of days read. Notes take this instead of the storage's year of days so that they stay pure text.</summary>
public sealed record NoteSpan(string Scope, int Stations, DateOnly From, DateOnly To);
