using SQLitePCL;

namespace Luoshi.Storage.Bulk;

/// <summary>Binds a row's cells to the next positions of a prepared SQLite statement, in the forms EF and
/// Microsoft.Data.Sqlite store them: decimals as text "861.0", days as yyyy-MM-dd, instants as
/// yyyy-MM-dd HH:mm:ss.FFFFFFFzzz, booleans as 0/1. Text is bound as UTF-16 from the string itself, without a copy.</summary>
internal sealed class SqliteBinder : IBulkRow
{
    private const string DecimalFormat = "0.0###########################";
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
        Span<char> text = stackalloc char[64];
        if (value is { } v && v.TryFormat(text, out var length, DecimalFormat, System.Globalization.CultureInfo.InvariantCulture))
        {
            raw.sqlite3_bind_text16(_statement, ++_at, text[..length]);
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
        Span<char> text = stackalloc char[10];
        if (value is { } v && v.TryFormat(text, out var length, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
        {
            raw.sqlite3_bind_text16(_statement, ++_at, text[..length]);
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

    private void Null() => raw.sqlite3_bind_null(_statement, ++_at);
}
