using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using nietras.SeparatedValues;

namespace Luoshi.Monitoring.Air;

/// <summary>
/// Splits reading into two stages on two threads: a parsing thread runs Sep and <see cref="AirRowParser"/> and hands
/// batches of parsed rows to the calling thread, which runs the consumer (station-days, daily rules, output).
/// </summary>
/// <remarks>
/// A fixed set of batch buffers circulates between the two, so memory stays the same whatever the file's size and
/// however far one stage runs ahead (at most <see cref="Batches"/> × <see cref="BatchRows"/> rows in flight). Sep's
/// own ParallelEnumerate was tried first: its ordered merge buffered results without bound (290 MB for a 184 MB file
/// when the consumer fell behind), and on two cores a third thread has nowhere to run.
/// </remarks>
internal static class ParsingThread
{
    private const int BatchRows = 4096;
    private const int Batches = 4;

    public static void Run(SepReader reader, AirRowParser parser, AirRowConsumer consumer)
    {
        using var full = new BlockingCollection<Batch>(Batches);
        using var empty = new BlockingCollection<Batch>(Batches);
        for (var i = 0; i < Batches; i++)
        {
            empty.Add(new Batch());
        }

        using var stop = new CancellationTokenSource();
        ExceptionDispatchInfo? failure = null;
        var producer = new Thread(() =>
        {
            try
            {
                Produce(reader, parser, full, empty, stop.Token);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The consumer stopped early (it rethrows its own reason).
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                full.CompleteAdding();
            }
        })
        { IsBackground = true, Name = "air CSV parsing" };
        producer.Start();
        try
        {
            foreach (var batch in full.GetConsumingEnumerable())
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    consumer.Take(batch.Rows[i]);
                }

                batch.Count = 0;
                empty.Add(batch);
            }
        }
        finally
        {
            stop.Cancel();
            producer.Join();
        }

        failure?.Throw();
    }

    private static void Produce(
        SepReader reader, AirRowParser parser, BlockingCollection<Batch> full, BlockingCollection<Batch> empty, CancellationToken stop)
    {
        var batch = empty.Take(stop);
        foreach (var row in reader)
        {
            batch.Rows[batch.Count++] = parser.Parse(row);
            if (batch.Count == BatchRows)
            {
                full.Add(batch, stop);
                batch = empty.Take(stop);
            }
        }

        if (batch.Count > 0)
        {
            full.Add(batch, stop);
        }
    }

    private sealed class Batch
    {
        public ParsedAirRow[] Rows { get; } = new ParsedAirRow[BatchRows];

        public int Count { get; set; }
    }
}
