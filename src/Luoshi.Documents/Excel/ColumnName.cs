namespace Luoshi.Documents.Excel;

/// <summary>Spreadsheet column letters (1 = A, 27 = AA) and cell references.</summary>
internal static class ColumnName
{
    public static string Of(int column)
    {
        var name = "";
        for (var c = column; c > 0; c = (c - 1) / 26)
        {
            name = (char)('A' + ((c - 1) % 26)) + name;
        }

        return name;
    }

    public static string Cell(int column, int row) => Of(column) + row.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The 1-based column of a cell reference such as "AB12".</summary>
    public static int FromReference(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z')
            {
                break;
            }

            column = (column * 26) + (c - 'A' + 1);
        }

        return column;
    }
}
