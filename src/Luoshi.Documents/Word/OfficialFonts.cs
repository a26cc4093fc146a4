using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Luoshi.Documents.Word;

/// <summary>The faces of a Chinese official document (GB/T 9704): title in 方正小标宋简体, body in 仿宋, first-level
/// headings in 黑体, second-level in 楷体, page numbers in 宋体. Each is named by its Chinese name in w:rFonts
/// eastAsia, and the font table gives its English name as w:altName with the GB2312 character set and its PANOSE
/// class, so that Word, WPS or LibreOffice without the exact face substitute one of the same kind (a serif for 仿宋
/// and 宋体) rather than any font.</summary>
public static class OfficialFonts
{
    /// <summary>Title: 方正小标宋简体 where installed (government machines), else 宋体 (its alternate).</summary>
    public const string Title = "方正小标宋简体";

    /// <summary>Body text: 仿宋 (Windows' FangSong; 仿宋_GB2312 on older machines is the same design).</summary>
    public const string Body = "仿宋";

    /// <summary>First-level headings (一、).</summary>
    public const string Heading1 = "黑体";

    /// <summary>Second-level headings (（一）).</summary>
    public const string Heading2 = "楷体";

    /// <summary>Page numbers and tables' Latin text.</summary>
    public const string Song = "宋体";

    /// <summary>Latin letters and digits in every style.</summary>
    public const string Latin = "Times New Roman";

    // name, alternate name, PANOSE-1, family, fixed pitch.
    private static readonly (string Name, string Alt, string Panose, FontFamilyValues Family, bool Fixed)[] Table =
    [
        (Body, "FangSong", "02010609060101010101", FontFamilyValues.Modern, true),
        (Title, "宋体", "02000000000000000000", FontFamilyValues.Script, false),
        (Heading1, "SimHei", "02010609060101010101", FontFamilyValues.Modern, true),
        (Heading2, "KaiTi", "02010609060101010101", FontFamilyValues.Modern, true),
        (Song, "SimSun", "02010600030101010101", FontFamilyValues.Auto, false),
    ];

    /// <summary>Run fonts with <paramref name="eastAsia"/> for Chinese and <see cref="Latin"/> for the rest.</summary>
    public static RunFonts Run(string eastAsia) => new() { EastAsia = eastAsia, Ascii = Latin, HighAnsi = Latin, ComplexScript = Latin };

    /// <summary>Adds the font table to <paramref name="main"/>.</summary>
    public static void AddTo(MainDocumentPart main)
    {
        ArgumentNullException.ThrowIfNull(main);
        var fonts = new Fonts();
        foreach (var (name, alt, panose, family, fixedPitch) in Table)
        {
            fonts.Append(new Font(
                new AltName { Val = alt },
                new Panose1Number { Val = panose },
                new FontCharSet { Val = "86" },
                new FontFamily { Val = family },
                new Pitch { Val = fixedPitch ? FontPitchValues.Fixed : FontPitchValues.Variable })
            { Name = name });
        }

        fonts.Append(new Font(
            new Panose1Number { Val = "02020603050405020304" },
            new FontCharSet { Val = "00" },
            new FontFamily { Val = FontFamilyValues.Roman },
            new Pitch { Val = FontPitchValues.Variable })
        { Name = Latin });
        main.AddNewPart<FontTablePart>().Fonts = fonts;
    }
}
