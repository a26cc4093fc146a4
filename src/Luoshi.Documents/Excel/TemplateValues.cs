using System.Globalization;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Wording;
using Luoshi.Storage;

namespace Luoshi.Documents.Excel;

/// <summary>Reads a target's input cells: numbers (typed as numbers or as text), a done-on day (a date cell or
/// YYYY-MM-DD), each checked against the measure's bounds.</summary>
internal static class TemplateValues
{
    /// <summary>The target's value, or null when the row leaves it empty or has a problem (then added).</summary>
    public static TargetValue? Read(SheetCells cells, int row, Target target, TemplateProblems problems)
    {
        var rule = TemplateRule.For(target.Measure);
        var ok = true;
        var value = Number(cells, row, TemplateColumns.Value, rule, problems, ref ok);
        var parts = new TemplateRule(0m, 1_000_000_000_000m, "");
        var numerator = Number(cells, row, TemplateColumns.Numerator, parts, problems, ref ok);
        var denominator = Number(cells, row, TemplateColumns.Denominator, parts, problems, ref ok);
        var done = Day(cells, row, problems, ref ok);
        if (ok && numerator is { } n && denominator is { } d && (d == 0 || n > d))
        {
            problems.Add(row, TemplateColumns.Numerator, Catalogue.OfficeFiles.PartOverWhole(d.ToString(CultureInfo.InvariantCulture)));
            ok = false;
        }

        if (ok && (numerator is null) != (denominator is null))
        {
            problems.Add(row, numerator is null ? TemplateColumns.Numerator : TemplateColumns.Denominator, Catalogue.OfficeFiles.PartAndWhole);
            ok = false;
        }

        if (!ok || (value is null && numerator is null && done is null))
        {
            return null;
        }

        // A milestone reported done is 100% complete, as `progress add --value T=done:DAY` records it.
        return new TargetValue(target.Code, done is null ? value : 100m, numerator, denominator, done);
    }

    private static decimal? Number(SheetCells cells, int row, int column, TemplateRule rule, TemplateProblems problems, ref bool ok)
    {
        if (cells[row, column] is not { } cell)
        {
            return null;
        }

        if (!decimal.TryParse(cell.Text.Trim().TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            problems.Add(row, column, Catalogue.Files.ExpectedFound(rule.Expected, cell.Text));
            ok = false;
            return null;
        }

        if (!rule.Contains(value))
        {
            problems.Add(row, column, Catalogue.Files.ExpectedFound(rule.Expected, value));
            ok = false;
            return null;
        }

        return value;
    }

    private static DateOnly? Day(SheetCells cells, int row, TemplateProblems problems, ref bool ok)
    {
        if (cells[row, TemplateColumns.DoneOn] is not { } cell)
        {
            return null;
        }

        // Excel stores a typed date as a day number; a cell formatted as text keeps what was typed.
        if (cell.IsNumber && double.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 2958466)
        {
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        }

        if (DateOnly.TryParseExact(cell.Text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        problems.Add(row, TemplateColumns.DoneOn, Catalogue.OfficeFiles.DoneOn(cell.Text));
        ok = false;
        return null;
    }
}
