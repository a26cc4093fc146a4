using System.Globalization;

namespace Luoshi.Domain.Wording;

/// <summary>Where a problem is: in a file (sheet, line or row, column) or in a form or request (a field). Every
/// refusal names one, so a person can find what to correct.</summary>
/// <param name="File">The file's name as the person gave it.</param>
/// <param name="Sheet">The worksheet of a workbook.</param>
/// <param name="Line">The 1-based line of a text file or row of a sheet.</param>
/// <param name="Column">The column's header name.</param>
/// <param name="Field">The field of a form, request body or command option.</param>
/// <param name="Entry">The entry of a package (.xlsx, .docx) inside the file, such as xl/worksheets/sheet1.xml.</param>
public sealed record Place(string? File = null, string? Sheet = null, int? Line = null, string? Column = null, string? Field = null, string? Entry = null)
{
    /// <summary>A field of a form, request or command.</summary>
    public static Place OfField(string field) => new(Field: field);

    /// <summary>A file as a whole.</summary>
    public static Place OfFile(string file) => new(File: file);

    /// <summary>"units.csv，第 3 行，kind 列" / "units.csv, line 3, column kind".</summary>
    public Words ToWords()
    {
        var zh = new List<string>();
        var en = new List<string>();
        Add(File, f => f, f => f);
        Add(Entry, e => e, e => e);
        Add(Sheet, s => $"工作表 {s}", s => $"sheet {s}");
        Add(Line?.ToString(CultureInfo.InvariantCulture), l => $"第 {l} 行", l => Sheet is null ? $"line {l}" : $"row {l}");
        Add(Column, c => $"{c} 列", c => $"column {c}");
        // A command-line option names itself (--period); a form or request field is called one.
        Add(Field, f => f.StartsWith('-') ? f : $"{f} 字段", f => f.StartsWith('-') ? f : $"field {f}");
        return new(string.Join("，", zh), string.Join(", ", en));

        void Add(string? part, Func<string, string> inZh, Func<string, string> inEn)
        {
            if (part is not null)
            {
                zh.Add(inZh(part));
                en.Add(inEn(part));
            }
        }
    }

    /// <summary>The place in the reader's language.</summary>
    public override string ToString() => ToWords().ToString();
}
