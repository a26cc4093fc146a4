using BenchmarkDotNet.Running;
using Luoshi.Bench;

// Runs the benchmark named on the command line (or asks), then prints each result as MB/s and as a
// ratio to the peer of the same run.
var summaries = BenchmarkSwitcher.FromTypes([typeof(ParseThroughput)]).Run(args);
foreach (var summary in summaries)
{
    ThroughputTable.Print(summary, Console.Out);
}
