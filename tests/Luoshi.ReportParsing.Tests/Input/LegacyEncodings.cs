using System.Text;

namespace Luoshi.ReportParsing.Tests.Input;

/// <summary>The legacy Chinese encodings, for writing test bytes the way a GB18030 or Big5 editor would.</summary>
internal static class LegacyEncodings
{
    public static Encoding Gb18030 { get; } = Get("GB18030");

    public static Encoding Big5 { get; } = Get("big5");

    private static Encoding Get(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }
}
