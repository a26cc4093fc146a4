using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Luoshi.Cli.Tests;

/// <summary>The same report saved the ways government offices save it gives the same breakdown.</summary>
public sealed class InputFormatTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("luoshi-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Parse_SampleSavedAsGb18030_GivesTheSameTargetsAsUtf8()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var path = Path.Combine(_dir, "report-gbk.txt");
        File.WriteAllBytes(path, Encoding.GetEncoding("GB18030").GetBytes(File.ReadAllText(CliRun.Sample)));

        Assert.Equal(Targets(CliRun.Sample, withSpans: true), Targets(path, withSpans: true));
    }

    [Fact]
    public void Parse_SampleSavedAsUtf8WithBom_GivesTheSameTargetsAsWithout()
    {
        var path = Path.Combine(_dir, "report-bom.txt");
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetPreamble(), .. File.ReadAllBytes(CliRun.Sample)]);

        Assert.Equal(Targets(CliRun.Sample, withSpans: true), Targets(path, withSpans: true));
    }

    [Fact]
    public void Parse_SampleAsWordDocument_GivesTheSameTargets()
    {
        var path = Path.Combine(_dir, "report.docx");
        using (var document = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var paragraphs = File.ReadAllLines(CliRun.Sample).Select(line => new Paragraph(new Run(new Text(line))));
            document.AddMainDocumentPart().Document = new Document(new Body(paragraphs));
        }

        // Spans are offsets into the text read from the file; Word keeps no line-ending characters, so only the
        // targets themselves are compared.
        Assert.Equal(Targets(CliRun.Sample, withSpans: false), Targets(path, withSpans: false));
    }

    [Theory]
    [InlineData("empty.txt", new byte[0], "empty: it holds no text")]
    [InlineData("image.txt", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, "not a text file")]
    public void Parse_FileThatIsNoReport_ExitsWithTwoAndNamesTheFile(string name, byte[] content, string problem)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, content);

        var (code, output, error) = CliRun.Luoshi("parse", path, "--year", "2022");

        Assert.Equal((2, ""), (code, output));
        Assert.StartsWith($"luoshi parse: {path}: {problem}", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    private static string[] Targets(string path, bool withSpans)
    {
        var (code, output, error) = CliRun.Luoshi("parse", path, "--year", "2022");
        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        return json.RootElement.GetProperty("targets").EnumerateArray()
            .Select(t => string.Join('|', t.GetProperty("text").GetString(), t.GetProperty("kind").GetString(),
                t.GetProperty("comparator").GetString(), t.GetProperty("value").ToString(), t.GetProperty("unit").ToString(),
                t.GetProperty("subject").GetString(), t.GetProperty("deadline").GetString(),
                withSpans ? t.GetProperty("span").ToString() : ""))
            .ToArray();
    }
}
