namespace Luoshi.Storage.Households;

/// <summary>The calendar day in China (UTC+8) of an instant: flags, identifications and measures are dated by it.</summary>
internal static class ChinaDay
{
    public static DateOnly Of(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(TimeSpan.FromHours(8)).DateTime);

    public static DateOnly Today(StoreSession session) => Of(session.Now);
}
