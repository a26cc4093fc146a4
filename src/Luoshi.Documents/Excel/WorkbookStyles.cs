using DocumentFormat.OpenXml.Spreadsheet;

namespace Luoshi.Documents.Excel;

/// <summary>The stylesheet behind <see cref="CellStyle"/>: fonts, fills and borders in the order the enum counts on.</summary>
internal static class WorkbookStyles
{
    public const string Green = "FFC6EFCE", Yellow = "FFFFEB9C", Red = "FFFFC7CE";
    private const string HeaderGrey = "FFD9D9D9", LockedGrey = "FFF2F2F2";
    private const uint DateFormat = 164;

    public static Stylesheet Create() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = DateFormat, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
        new Fonts(
            Font(11, bold: false), Font(11, bold: true), Font(16, bold: true),
            new Font(new Italic(), new FontSize { Val = 11 }, new Color { Rgb = "FF1F4E79" }, new FontName { Val = "宋体" })) { Count = 4 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid(HeaderGrey), Solid(Green), Solid(Yellow), Solid(Red), Solid(LockedGrey)) { Count = 7 },
        new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(Thin<LeftBorder>(), Thin<RightBorder>(), Thin<TopBorder>(), Thin<BottomBorder>(), new DiagonalBorder())) { Count = 2 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        Formats());

    private static CellFormats Formats()
    {
        CellFormat[] formats =
        [
            Format(0, 0, 0),                                   // Default
            Format(2, 0, 0, wrap: false),                      // Title
            Format(0, 0, 0, wrap: true),                       // Note
            Format(1, 2, 1, wrap: true, center: true),         // Header
            Format(0, 0, 1, wrap: true),                       // Text
            Format(0, 0, 1),                                   // Number
            Format(3, 0, 1),                                   // Submitted
            Format(0, 3, 1, center: true),                     // Green
            Format(0, 4, 1, center: true),                     // Yellow
            Format(0, 5, 1, center: true),                     // Red
            Format(0, 0, 1, locked: false),                    // Input
            Format(0, 0, 1, locked: false, numberFormat: DateFormat), // InputDate
            Format(0, 0, 1, wrap: true, locked: false),        // InputText
            Format(0, 6, 1),                                   // NotApplicable
        ];
        return new CellFormats(formats) { Count = (uint)formats.Length };
    }

    private static CellFormat Format(uint font, uint fill, uint border, bool wrap = false, bool center = false, bool locked = true, uint numberFormat = 0)
    {
        var format = new CellFormat
        {
            FontId = font, FillId = fill, BorderId = border, NumberFormatId = numberFormat, FormatId = 0,
            ApplyFont = font != 0, ApplyFill = fill != 0, ApplyBorder = border != 0, ApplyNumberFormat = numberFormat != 0,
            ApplyAlignment = true, ApplyProtection = !locked,
        };
        format.Append(new Alignment
        {
            WrapText = wrap,
            Vertical = VerticalAlignmentValues.Top,
            Horizontal = center ? HorizontalAlignmentValues.Center : null,
        });
        if (!locked)
        {
            format.Append(new Protection { Locked = false });
        }

        return format;
    }

    private static Font Font(double size, bool bold)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = size }, new FontName { Val = "宋体" });
        return font;
    }

    private static Fill Solid(string argb) =>
        new(new PatternFill(new ForegroundColor { Rgb = argb }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });

    private static T Thin<T>() where T : BorderPropertiesType, new() =>
        new() { Style = BorderStyleValues.Thin, Color = new Color { Indexed = 64 } };
}
