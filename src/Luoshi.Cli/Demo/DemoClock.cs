namespace Luoshi.Cli.Demo;

/// <summary>The demo ledger's clock: real time moved back so that today is the demo day. The registers date what they
/// record by the ledger's today (an income counts from the day it was recorded, a flag from the day it was raised), so
/// a ledger built in another year would leave them out of the demo year; time still runs, so lockouts and sessions
/// expire as usual.</summary>
internal sealed class DemoClock(DateOnly day) : TimeProvider
{
    // Beijing time: the demo day starts at 08:00 so that the whole working day falls on it.
    private readonly TimeSpan _shift = DateTimeOffset.UtcNow - new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 0)), TimeSpan.FromHours(8));

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() - _shift;
}
