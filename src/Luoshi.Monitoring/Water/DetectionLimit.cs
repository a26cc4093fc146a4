using System.Globalization;

namespace Luoshi.Monitoring.Water;

/// <summary>
/// Reads a laboratory's "not detected" entry: <c>0.01L</c> (the Chinese monitoring reports' form: below the detection
/// limit 0.01) or <c>&lt;0.01</c>. Such a value is counted as half its detection limit, the convention of the surface-water
/// evaluation rules (《地表水环境质量评价办法（试行）》) for values not detected, so a file straight from the laboratory
/// can be read as it is.
/// </summary>
internal static class DetectionLimit
{
    /// <summary>True when <paramref name="text"/> is a not-detected entry; <paramref name="limit"/> is its detection limit.</summary>
    public static bool TryRead(ReadOnlySpan<char> text, out decimal limit)
    {
        limit = 0;
        var number = text.EndsWith("L", StringComparison.OrdinalIgnoreCase) ? text[..^1]
            : text.StartsWith("<", StringComparison.Ordinal) ? text[1..]
            : default;
        return !number.IsEmpty
            && decimal.TryParse(number.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out limit)
            && limit > 0;
    }
}
