using SQLitePCL;

namespace Luoshi.Storage.Bulk;

/// <summary>Binds a row's cells to the next positions of a prepared SQLite statement, in the forms EF and
/// Microsoft.Data.Sqlite store them: decimals as text "861.0", days as yyyy-MM-dd, instants as
/// yyyy-MM-dd HH:mm:ss.FFFFFFFzzz, booleans as 0/1. Text is bound as UTF-16 from the string itself, without a copy;
/// the statement's bindings must be cleared before each row (<see cref="SqliteBulkWriter"/> does), as NULL binds nothing.</summary>
internal sealed class SqliteBinder : IBulkRow
{
    private sqlite3_stmt _statement = null!;
    private int _at;

    public void Start(sqlite3_stmt statement) => (_statement, _at) = (statement, 0);

    public void Int(int? value)
    {
        if (value is { } v)
        {
            raw.sqlite3_bind_int(_statement, ++_at, v);
        }
        else
        {
            Null();
        }
    }

    public void Long(long? value)
    {
        if (value is { } v)
        {
            raw.sqlite3_bind_int64(_statement, ++_at, v);
        }
        else
        {
            Null();
        }
    }

    public void Decimal(decimal? value)
    {
        Span<char> text = stackalloc char[40];
        if (value is { } v && v.TryFormat(text, out var length, default, System.Globalization.CultureInfo.InvariantCulture))
        {
            raw.sqlite3_bind_text16(_statement, ++_at, EfDecimal(text, length));
        }
        else
        {
            Null();
        }
    }

    public void Text(string? value)
    {
        if (value is not null)
        {
            raw.sqlite3_bind_text16(_statement, ++_at, value.AsSpan());
        }
        else
        {
            Null();
        }
    }

    public void Date(DateOnly? value)
    {
        if (value is { } v)
        {
            Span<char> text = stackalloc char[10];
            Digits(text[..4], v.Year);
            text[4] = '-';
            Digits(text.Slice(5, 2), v.Month);
            text[7] = '-';
            Digits(text.Slice(8, 2), v.Day);
            raw.sqlite3_bind_text16(_statement, ++_at, text);
        }
        else
        {
            Null();
        }
    }

    public void Bool(bool? value) => Int(value is { } v ? (v ? 1 : 0) : null);

    public void Timestamp(DateTimeOffset? value)
    {
        Span<char> text = stackalloc char[40];
        if (value is { } v && v.TryFormat(text, out var length, "yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", System.Globalization.CultureInfo.InvariantCulture))
        {
            raw.sqlite3_bind_text16(_statement, ++_at, text[..length]);
        }
        else
        {
            Null();
        }
    }

    public void Double(double? value)
    {
        if (value is { } v && !double.IsNaN(v))
        {
            raw.sqlite3_bind_double(_statement, ++_at, v);
        }
        else
        {
            Null();
        }
    }

    // The writer clears every binding after each execution, so a NULL is only a position passed over: a value row's
    // empty part, whole and done date cost no call into SQLite.
    private void Null() => ++_at;

    // EF's text for a decimal on SQLite is the format "0.0###########################": no trailing zeros, at least one
    // decimal ("861.0"). The general format (fast, never an exponent for decimal) trimmed to it gives the same text.
    private static ReadOnlySpan<char> EfDecimal(Span<char> text, int length)
    {
        if (text[..length].IndexOf('.') < 0)
        {
            text[length] = '.';
            text[length + 1] = '0';
            return text[..(length + 2)];
        }

        while (text[length - 1] == '0' && text[length - 2] != '.')
        {
            length--;
        }

        return text[..length];
    }

    private static void Digits(Span<char> into, int value)
    {
        for (var i = into.Length - 1; i >= 0; i--, value /= 10)
        {
            into[i] = (char)('0' + (value % 10));
        }
    }
}
