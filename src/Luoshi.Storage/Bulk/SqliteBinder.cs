using SQLitePCL;

namespace Luoshi.Storage.Bulk;

/// <summary>Binds a row's cells to the next positions of a prepared SQLite statement, in the forms EF and
/// Microsoft.Data.Sqlite store them (<see cref="SqliteText"/>; booleans as 0/1). Text is bound as the UTF-8 the database keeps:
/// .NET's encoder is several times faster than SQLite converting UTF-16 itself, and the texts formatted here (numbers, days,
/// instants) are ASCII. The statement's bindings must be cleared before each row (<see cref="SqliteBulkWriter"/> does), as
/// NULL binds nothing.</summary>
internal sealed class SqliteBinder : IBulkRow
{
    // Rows written together mostly carry the same moment (an import's): it is formatted once.
    private readonly byte[] _moment = new byte[SqliteText.MaxLength];
    private byte[] _utf8 = new byte[1024];
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
            Ascii(text[..SqliteText.Decimal(v, text)]);
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
            if (_utf8.Length < value.Length * 3)
            {
                _utf8 = new byte[Math.Max(value.Length * 3, _utf8.Length * 2)];
            }

            raw.sqlite3_bind_text(_statement, ++_at, _utf8.AsSpan(0, System.Text.Encoding.UTF8.GetBytes(value, _utf8)));
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
            Ascii(text[..SqliteText.Date(v, text)]);
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
                Span<char> text = stackalloc char[SqliteText.MaxLength];
                System.Text.Ascii.FromUtf16(text[..SqliteText.Timestamp(v, text)], _moment, out _momentLength);
                _formatted = v;
            }

            raw.sqlite3_bind_text(_statement, ++_at, _moment.AsSpan(0, _momentLength));
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

    // Binds formatted ASCII text as UTF-8.
    private void Ascii(ReadOnlySpan<char> text)
    {
        Span<byte> bytes = stackalloc byte[SqliteText.MaxLength];
        System.Text.Ascii.FromUtf16(text, bytes, out var length);
        raw.sqlite3_bind_text(_statement, ++_at, bytes[..length]);
    }

    // The writer clears every binding after each execution, so a NULL is only a position passed over: a value row's
    // empty part, whole and done date cost no call into SQLite.
    private void Null() => ++_at;
}
