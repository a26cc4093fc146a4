using System.Text.Json;

namespace Luoshi.Web.Problems;

/// <summary>The names the API writes an enumeration's values with, and reads them by: snake_case, lower case
/// (submitted, not_monitored, risk_eliminated), as the JSON bodies and the OpenAPI document have them.</summary>
internal static class ApiNames
{
    /// <summary>The API names of every value of <paramref name="type"/>.</summary>
    public static IReadOnlyList<string> Of(Type type) => [.. Enum.GetNames(type).Select(Name)];

    /// <summary>The API name of one value's C# name (NotMonitored → not_monitored).</summary>
    public static string Name(string member) => JsonNamingPolicy.SnakeCaseLower.ConvertName(member);

    /// <summary>The C# name of the value <paramref name="text"/> names in <paramref name="type"/>, by its API name or
    /// its C# name in any case; null when it names none.</summary>
    public static string? Member(Type type, string text) =>
        Enum.GetNames(type).FirstOrDefault(m => string.Equals(Name(m), text, StringComparison.OrdinalIgnoreCase) || string.Equals(m, text, StringComparison.OrdinalIgnoreCase));
}
