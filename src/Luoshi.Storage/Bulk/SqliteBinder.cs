using SQLitePCL;

namespace Luoshi.Storage.Bulk;

/// <summary>Binds a row's cells to the next positions of a prepared SQLite statement, in the forms EF and
/// Microsoft.Data.Sqlite store them (<see cref="SqliteText"/>; booleans as 0/1). Text is bound as UTF-16 from the string itself, without a copy;
/// the statement's bindings must be cleared before each row (<see cref="SqliteBulkWriter"/> does), as NULL binds nothing.</summary>
internal sealed class SqliteBinder : IBulkRow
{
    // Rows written together mostly carry the same moment (an import's): it is formatted once.
    private readonly char[] _moment = new char[SqliteText.MaxLength];
    private sqlite3_stmt _statement = null!;
    private int _at;
    private DateTimeOffset? _formatted;
    private int _momentLength;

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
        if (value is { } v)
        {
            Span<char> text = stackalloc char[SqliteText.MaxLength];
            raw.sqlite3_bind_text16(_statement, ++_at, text[..SqliteText.Decimal(v, text)]);
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
            raw.sqlite3_bind_text16(_statement, ++_at, text[..SqliteText.Date(v, text)]);
        }
        else
        {
            Null();
        }
    }

    public void Bool(bool? value) => Int(value is { } v ? (v ? 1 : 0) : null);

    public void Timestamp(DateTimeOffset? value)
    {
        if (value is { } v)
        {
            if (_formatted != v || _formatted.Value.Offset != v.Offset)
            {
                (_formatted, _momentLength) = (v, SqliteText.Timestamp(v, _moment));
            }

            raw.sqlite3_bind_text16(_statement, ++_at, _moment.AsSpan(0, _momentLength));
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
}
