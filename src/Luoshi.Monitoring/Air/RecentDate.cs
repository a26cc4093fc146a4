namespace Luoshi.Monitoring.Air;

/// <summary>
/// Reads time cells, remembering the last date text: a file's rows come a station or an hour at a time, so dozens of
/// rows in a row share the date and only their hour needs reading.
/// </summary>
internal sealed class RecentDate
{
    private const int DateLength = 10;
    private readonly char[] _text = new char[DateLength];
    private DateOnly _date;
    private bool _known;

    /// <summary>As <see cref="AirTimeText.TryParseHour"/>.</summary>
    public bool TryParseHour(ReadOnlySpan<char> text, out DateOnly date, out int hour)
    {
        if (text.Length == 16 && _known && text[..DateLength].SequenceEqual(_text))
        {
            date = _date;
            return AirTimeText.TryParseClock(text, out hour);
        }

        if (!AirTimeText.TryParseHour(text, out date, out hour))
        {
            return false;
        }

        Remember(text, date);
        return true;
    }

    /// <summary>As <see cref="AirTimeText.TryParseDate"/>.</summary>
    public bool TryParseDate(ReadOnlySpan<char> text, out DateOnly date)
    {
        if (text.Length == DateLength && _known && text.SequenceEqual(_text))
        {
            date = _date;
            return true;
        }

        if (!AirTimeText.TryParseDate(text, out date))
        {
            return false;
        }

        Remember(text, date);
        return true;
    }

    private void Remember(ReadOnlySpan<char> text, DateOnly date)
    {
        text[..DateLength].CopyTo(_text);
        _date = date;
        _known = true;
    }
}
