using System.Globalization;

namespace Luoshi.Monitoring.Air;

/// <summary>What a concentration cell held.</summary>
internal enum CellKind
{
    /// <summary>A number, zero or more.</summary>
    Value,

    /// <summary>Blank or NA: allowed, counted.</summary>
    Missing,

    /// <summary>Not a number.</summary>
    NotANumber,

    /// <summary>A number below zero.</summary>
    Negative,
}

/// <summary>Reads a concentration cell: a number, blank, or NA.</summary>
internal static class ConcentrationText
{
    // Powers of ten a double holds exactly; dividing an exact integer mantissa by one of them is a single correctly
    // rounded operation, so the result is bit for bit what double.Parse gives (the classic exact fast path).
    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ];

    /// <summary>Parses <paramref name="text"/>; <paramref name="value"/> is NaN unless a number was read.</summary>
    public static CellKind Parse(ReadOnlySpan<char> text, out double value)
    {
        if (TryFast(text, out value))
        {
            return CellKind.Value;
        }

        return ParseSlow(text, out value);
    }

    // Digits with at most one decimal point, as monitoring networks write them ("35", "0.8", "12.25"); at most 15
    // digits, so the mantissa is exact.
    private static bool TryFast(ReadOnlySpan<char> text, out double value)
    {
        value = double.NaN;
        if (text.IsEmpty || text.Length > 16)
        {
            return false;
        }

        long mantissa = 0;
        var i = 0;
        for (; i < text.Length; i++)
        {
            var digit = (uint)(text[i] - '0');
            if (digit > 9)
            {
                break;
            }

            mantissa = (mantissa * 10) + digit;
        }

        if (i == text.Length)
        {
            value = mantissa;
            return text.Length < 16;
        }

        var point = i;
        if (text[point] != '.' || text.Length == 1)
        {
            return false;
        }

        for (i++; i < text.Length; i++)
        {
            var digit = (uint)(text[i] - '0');
            if (digit > 9)
            {
                return false;
            }

            mantissa = (mantissa * 10) + digit;
        }

        value = mantissa / PowersOfTen[text.Length - point - 1];
        return true;
    }

    private static CellKind ParseSlow(ReadOnlySpan<char> text, out double value)
    {
        value = double.NaN;
        var trimmed = text.Trim();
        if (trimmed.IsEmpty || trimmed.Equals("NA", StringComparison.OrdinalIgnoreCase))
        {
            return CellKind.Missing;
        }

        if (!double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
            || !double.IsFinite(parsed))
        {
            return CellKind.NotANumber;
        }

        if (parsed < 0)
        {
            return CellKind.Negative;
        }

        // -0 reads as 0: a sign on nothing is no measurement below zero.
        value = parsed == 0 ? 0 : parsed;
        return CellKind.Value;
    }
}
