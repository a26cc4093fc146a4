using System.Threading.Channels;
using Luoshi.Intake.Problems;
using Luoshi.Intake.Tables;

namespace Luoshi.Storage.Registers;

/// <summary>Reads and parses a table's rows on a thread of their own while the caller writes them: on two cores the
/// parsing (text, cells, rules) and the writing (the database) each take about half the work, so a million rows take
/// the time of the larger half. Rows travel in batches of 4,096 through a bounded channel, so at most a few batches are
/// ever in memory, whatever the file's length.</summary>
internal static class RowPipeline
{
    private const int BatchSize = 4096, Batches = 4;

    /// <summary>Reads every row of <paramref name="table"/> by <paramref name="read"/> on a parsing thread and hands
    /// each good row to <paramref name="write"/> in file order; returns the rows read.</summary>
    public static async Task<long> RunAsync<TRow>(
        Table table, ProblemList problems, Func<Table, (bool Ok, TRow Row)> read, Func<TRow, ValueTask> write,
        IProgress<long>? rowsRead, CancellationToken ct)
    {
        var channel = Channel.CreateBounded<List<TRow>>(new BoundedChannelOptions(Batches) { SingleReader = true, SingleWriter = true });
        long rows = 0;
        var parsing = Task.Factory.StartNew(() =>
        {
            try
            {
                rows = Parse(table, problems, read, channel.Writer, rowsRead, ct);
                channel.Writer.Complete();
            }
            catch (Exception e)
            {
                channel.Writer.Complete(e);
            }
        }, ct, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        try
        {
            await foreach (var batch in channel.Reader.ReadAllAsync(ct).ConfigureAwait(false))
            {
                foreach (var row in batch)
                {
                    await write(row).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            // The parser must be done with the table before anyone closes it, also when writing failed.
            channel.Writer.TryComplete();
            while (channel.Reader.TryRead(out _))
            {
            }

            await parsing.ConfigureAwait(false);
        }

        return rows;
    }

    private static long Parse<TRow>(
        Table table, ProblemList problems, Func<Table, (bool Ok, TRow Row)> read, ChannelWriter<List<TRow>> output,
        IProgress<long>? rowsRead, CancellationToken ct)
    {
        long rows = 0;
        var batch = new List<TRow>(BatchSize);
        while (table.MoveNext())
        {
            if (++rows % RegisterImport.ProgressEvery == 0)
            {
                ct.ThrowIfCancellationRequested();
                rowsRead?.Report(rows);
            }

            if (table.Malformed is { } malformed)
            {
                problems.Add(table.RowPlace, malformed);
            }
            else if (read(table) is (true, var row))
            {
                batch.Add(row);
                if (batch.Count == BatchSize && !Send(output, ref batch, ct))
                {
                    return rows;
                }
            }
        }

        if (batch.Count > 0)
        {
            Send(output, ref batch, ct);
        }

        return rows;
    }

    // Blocks the parsing thread while the writer is a few batches behind; false when the writer has stopped.
    private static bool Send<TRow>(ChannelWriter<List<TRow>> output, ref List<TRow> batch, CancellationToken ct)
    {
        while (!output.TryWrite(batch))
        {
            if (!output.WaitToWriteAsync(ct).AsTask().GetAwaiter().GetResult())
            {
                return false;
            }
        }

        batch = new List<TRow>(BatchSize);
        return true;
    }
}
