namespace Luoshi.Bench.Web;

/// <summary>The instant the web ledger's imports are stamped with (audit trail, submission times), fixed so that the
/// same seed gives the same rows on any day: 10 January 2026, 09:00 in China, after the last report of 2025 fell due.</summary>
internal sealed class ImportClock : TimeProvider
{
    private static readonly DateTimeOffset Instant = new(2026, 1, 10, 9, 0, 0, TimeSpan.FromHours(8));

    public override DateTimeOffset GetUtcNow() => Instant.ToUniversalTime();
}
