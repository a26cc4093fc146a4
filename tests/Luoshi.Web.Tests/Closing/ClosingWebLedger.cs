namespace Luoshi.Web.Tests.Closing;

/// <summary>The test ledger in the January after its plan year (today 2023-01-10), when the year is closed.</summary>
public sealed class ClosingWebLedger : WebLedger
{
    public static readonly DateOnly ClosingDay = new(2023, 1, 10);

    protected override DateOnly Today => ClosingDay;
}
