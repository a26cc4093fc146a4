using System.Globalization;
using System.Text;
using Luoshi.Domain.Progress;

namespace Luoshi.Bench.Ledger;

/// <summary>Writes progress rows in the importer's CSV layout (UTF-8, no BOM, one header line).</summary>
internal static class ProgressCsv
{
    /// <summary>The header the importer reads.</summary>
    public const string Header = "task,target,period,unit,value,numerator,denominator,done_on,progress,problems,next_steps,state";

    /// <summary>Writes at most <paramref name="limit"/> of <paramref name="rows"/> to <paramref name="path"/>; returns
    /// how many were written.</summary>
    public static long Write(string path, IEnumerable<ProgressRow> rows, long limit = long.MaxValue)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
        writer.WriteLine(Header);
        long written = 0;
        var line = new StringBuilder(256);
        foreach (var row in rows)
        {
            if (written == limit)
            {
                break;
            }

            line.Clear();
            line.Append(row.Task).Append(',').Append(row.Target).Append(',').Append(row.Period).Append(',')
                .Append(Field(row.Unit)).Append(',').Append(Number(row.Value.Value)).Append(',')
                .Append(Number(row.Value.Numerator)).Append(',').Append(Number(row.Value.Denominator)).Append(',')
                .Append(row.Value.DoneOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(',')
                .Append(Field(row.Progress)).Append(',').Append(Field(row.Problems)).Append(',').Append(Field(row.NextSteps))
                .Append(',').Append(State(row.State));
            writer.WriteLine(line);
            written++;
        }

        return written;
    }

    /// <summary>The state as the file writes it.</summary>
    public static string State(ReportState state) => state.ToString().ToLowerInvariant();

    private static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    // Quotes a field only when it holds a separator, a quote or a line break (RFC 4180).
    private static string Field(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
