using Luoshi.Domain.Progress;
using Luoshi.Domain.Values;
using Luoshi.Domain.Wording;
using Luoshi.Intake.Problems;
using Luoshi.Intake.Tables;

namespace Luoshi.Intake.Cells;

/// <summary>Reads the current row's cells as values by the domain's rules (<see cref="TextRules"/>, <see cref="NumberText"/>,
/// <see cref="DayText"/>, <see cref="YesNoText"/>), each problem added with its place; a cell that is wrong reads as
/// null (or empty), so a row is read to its end and every problem of it listed.</summary>
public static class CellReading
{
    private static readonly ValueRange WholeCount = new(0m, ValueRange.Largest, true);

    /// <summary>One line of text of at most <paramref name="maxLength"/> characters without control characters;
    /// when empty, <paramref name="required"/> (what was expected) makes it a problem.</summary>
    public static string Line(this Table table, int column, ProblemList problems, int maxLength, Words? required = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(problems);
        var text = table.Text(column);
        if (text.Length == 0)
        {
            if (required is { } words)
            {
                problems.Add(table.Place(column), words);
            }

            return "";
        }

        if (TextRules.Line(text, maxLength) is { } problem)
        {
            problems.Add(table.Place(column), problem);
            return "";
        }

        return text;
    }

    /// <summary>As <see cref="Line"/>, for a narrative that may hold line breaks.</summary>
    public static string Block(this Table table, int column, ProblemList problems, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(problems);
        var text = table.Text(column);
        if (TextRules.Block(text, maxLength) is { } problem)
        {
            problems.Add(table.Place(column), problem);
            return "";
        }

        return text;
    }

    /// <summary>An optional whole number of at least 0 (households, population): null when empty or wrong.</summary>
    public static int? Count(this Table table, int column, ProblemList problems)
    {
        ArgumentNullException.ThrowIfNull(table);
        var text = table[column];
        if (text.IsEmpty)
        {
            return null;
        }

        if (NumberText.TryParse(text, out var n) && n >= 0 && n <= int.MaxValue && n == decimal.Truncate(n))
        {
            return (int)n;
        }

        problems.Add(table.Place(column), Catalogue.Values.ExpectedFoundText(Catalogue.Values.Expected(WholeCount), text.ToString()));
        return null;
    }

    /// <summary>A number (a workbook may store 12.5 as 12.500000000000002: rounded to 4 places), or null when the text
    /// is none; the caller says what was expected.</summary>
    public static decimal? NumberAt(this Table table, int column)
    {
        ArgumentNullException.ThrowIfNull(table);
        return NumberText.TryParse(table[column], out var n, percent: !table.IsNumber(column)) ? Math.Round(n, 4) : null;
    }

    /// <summary>A day: typed as text, or a workbook's day number in a number cell; null when it is none.</summary>
    public static DateOnly? Day(this Table table, int column)
    {
        ArgumentNullException.ThrowIfNull(table);
        var text = table[column];
        if (DayText.TryParse(text, out var day))
        {
            return day;
        }

        return table.IsNumber(column) && double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var serial)
            ? DayText.FromSerial(serial)
            : null;
    }

    /// <summary>An optional day within <paramref name="window"/>: null when empty, else the day or a problem.</summary>
    public static DateOnly? Day(this Table table, int column, ProblemList problems, DayWindow window)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(problems);
        if (table[column].IsEmpty)
        {
            return null;
        }

        if (table.Day(column) is not { } day)
        {
            problems.Add(table.Place(column), Catalogue.Values.NotADay(table.Text(column)));
            return null;
        }

        if (!window.Contains(day))
        {
            problems.Add(table.Place(column), Catalogue.Values.OutsideWindow(window, day));
            return null;
        }

        return day;
    }
}
