namespace Luoshi.Cli.Commands.Households;

/// <summary>Today in China (UTC+8), the day the register dates its flags by, whatever the machine's time zone.</summary>
internal static class ChinaToday
{
    public static DateOnly Value => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);
}
