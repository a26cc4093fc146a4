using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Luoshi.ReportParsing;
using Luoshi.ReportParsing.Drafts;
using Luoshi.ReportParsing.Input;
using Luoshi.ReportParsing.Units;

namespace Luoshi.Bench;

/// <summary>
/// How fast a work report becomes a task breakdown, against the least any reader of the file must do:
/// decode the UTF-8 and cut it into sentences (the peer, measured in the same run).
/// </summary>
// A fixed number of iterations keeps a run near two minutes on a noisy shared machine; the median absorbs the noise.
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 21)]
[Config(typeof(SharedMachineConfig))]
public class ParseThroughput
{
    // On the shared 2-core machine under load, building the generated benchmark project takes longer than
    // BenchmarkDotNet's 2 minutes, and the run then measures nothing.
    private sealed class SharedMachineConfig : ManualConfig
    {
        public SharedMachineConfig() => WithBuildTimeout(TimeSpan.FromMinutes(15));
    }

    private static readonly char[] SentenceEnds = ['。', '！', '？', '\n'];

    private string _path = "";
    private ReportText _report = null!;
    private ParseOptions _options = null!;

    /// <summary>Input size in bytes: a small report and the 5 MB, to show the cost grows linearly.</summary>
    [Params(50_000, 5_000_000)]
    public int Bytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _path = RepeatedReport.Write(Bytes);
        var read = ReportReader.Read(_path);
        _report = read.Report ?? throw new InvalidOperationException(read.Error?.ToString());
        var (table, error) = DepartmentKeywordTable.Load(DepartmentKeywordTable.DefaultPath);
        _options = new ParseOptions(2022, "四会市", table ?? throw new InvalidOperationException(error));
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    /// <summary>The peer: read the bytes, decode UTF-8, split on sentence ends.</summary>
    [Benchmark(Baseline = true, Description = "peer: UTF-8 decode + split on 。！？\\n")]
    public int DecodeAndSplit() => Encoding.UTF8.GetString(File.ReadAllBytes(_path)).Split(SentenceEnds).Length;

    /// <summary>What <c>luoshi parse</c> does before writing: read and detect the encoding, then parse.</summary>
    [Benchmark(Description = "luoshi: read + parse")]
    public PlanDraft ReadAndParse()
    {
        var read = ReportReader.Read(_path);
        return ReportParser.Parse(read.Report!, _options);
    }

    /// <summary>The parser alone, on text already in memory.</summary>
    [Benchmark(Description = "luoshi: parse only")]
    public PlanDraft ParseOnly() => ReportParser.Parse(_report, _options);
}
