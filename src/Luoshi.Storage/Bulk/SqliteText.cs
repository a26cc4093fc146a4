using System.Globalization;

namespace Luoshi.Storage.Bulk;

/// <summary>The text SQLite holds for a value EF and Microsoft.Data.Sqlite store as text: decimals "861.0", days
/// yyyy-MM-dd, instants yyyy-MM-dd HH:mm:ss.FFFFFFFzzz. The bulk writer binds these, and the progress import builds
/// task_facts from them, so both give what EF would have written.</summary>
internal static class SqliteText
{
    /// <summary>Room enough for any of the texts.</summary>
    public const int MaxLength = 48;

    // EF's text for a decimal on SQLite is the format "0.0###########################": no trailing zeros, at least one
    // decimal ("861.0"). The general format (fast, never an exponent for decimal) trimmed to it gives the same text.
    public static int Decimal(decimal value, Span<char> text)
    {
        value.TryFormat(text, out var length, default, CultureInfo.InvariantCulture);
        if (text[..length].IndexOf('.') < 0)
        {
            text[length] = '.';
            text[length + 1] = '0';
            return length + 2;
        }

        while (text[length - 1] == '0' && text[length - 2] != '.')
        {
            length--;
        }

        return length;
    }

    public static int Date(DateOnly value, Span<char> text)
    {
        Digits(text[..4], value.Year);
        text[4] = '-';
        Digits(text.Slice(5, 2), value.Month);
        text[7] = '-';
        Digits(text.Slice(8, 2), value.Day);
        return 10;
    }

    public static int Timestamp(DateTimeOffset value, Span<char> text)
    {
        value.TryFormat(text, out var length, "yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
        return length;
    }

    public static string Timestamp(DateTimeOffset value)
    {
        Span<char> text = stackalloc char[MaxLength];
        return new string(text[..Timestamp(value, text)]);
    }

    private static void Digits(Span<char> into, int value)
    {
        for (var i = into.Length - 1; i >= 0; i--, value /= 10)
        {
            into[i] = (char)('0' + (value % 10));
        }
    }
}
