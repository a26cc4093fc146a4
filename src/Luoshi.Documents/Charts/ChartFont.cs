using SkiaSharp;

namespace Luoshi.Documents.Charts;

/// <summary>The faces charts draw text with. Chinese needs a CJK face: the first installed of a list of common ones
/// (Debian's <c>fonts-noto-cjk</c> first; Windows' and other distributions' after), else a font file named by
/// $LUOSHI_CHART_FONT, registered by path. Without any, charts still render, with only Latin text legible.</summary>
public static class ChartFont
{
    /// <summary>Chinese faces by preference, as the system's font manager names them.</summary>
    public static readonly IReadOnlyList<string> Families =
    [
        "Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
        "Microsoft YaHei", "SimHei", "PingFang SC", "Noto Serif CJK SC", "AR PL UMing CN",
    ];

    private const string FileFamily = "Luoshi CJK";

    private static readonly Lazy<(string Cjk, string Latin)> Chosen = new(Choose);

    /// <summary>The family for Chinese text (ScottPlot's default when no Chinese face is found).</summary>
    public static string Name => Chosen.Value.Cjk;

    /// <summary>The family for numbers: a plain sans face with ordinary metrics.</summary>
    public static string Latin => Chosen.Value.Latin;

    /// <summary>True when a Chinese face was found.</summary>
    public static bool HasChinese => Chosen.Value.Cjk != ScottPlot.Fonts.Default;

    private static (string, string) Choose()
    {
        var installed = SKFontManager.Default.FontFamilies.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var latin = installed.Contains("DejaVu Sans") ? "DejaVu Sans" : installed.Contains("Arial") ? "Arial" : ScottPlot.Fonts.Default;
        var file = Environment.GetEnvironmentVariable("LUOSHI_CHART_FONT");
        if (!string.IsNullOrWhiteSpace(file) && File.Exists(file))
        {
            // Registered once for the process: ScottPlot keeps its font table globally.
            ScottPlot.Fonts.AddFontFile(FileFamily, file);
            return (FileFamily, latin);
        }

        return (Families.FirstOrDefault(installed.Contains) ?? ScottPlot.Fonts.Default, latin);
    }
}
