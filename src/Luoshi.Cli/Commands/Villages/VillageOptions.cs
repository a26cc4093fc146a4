using Luoshi.Domain.Time;
using System.CommandLine;
using System.Globalization;

namespace Luoshi.Cli.Commands.Villages;

/// <summary>The as-of day and year options of the village list and summary: today and its year unless given.</summary>
internal static class VillageOptions
{
    public static Option<string?> AsOf() => new("--as-of") { Description = "The day the standings are taken (YYYY-MM-DD; default today)" };

    public static Option<int?> Year() => new("--year") { Description = "The year of the income figures (default: the as-of day's year)" };

    public static bool TryRead(ParseResult result, Option<string?> asOf, Option<int?> year, string command, out DateOnly day, out int y)
    {
        var text = result.GetValue(asOf);
        day = ChinaTime.Today(TimeProvider.System);
        y = 0;
        if (text is not null && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            Console.Error.WriteLine($"{command}: --as-of: expected a date such as 2022-10-10, found '{text}'");
            return false;
        }

        y = result.GetValue(year) ?? day.Year;
        return true;
    }
}
