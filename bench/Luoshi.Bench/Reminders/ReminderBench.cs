using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Luoshi.Domain.Periods;
using Luoshi.Domain.Plans;
using Luoshi.Domain.Reminders;
using Luoshi.Reminders.Channels;
using Luoshi.Reminders.Configuration;
using Luoshi.Reminders.Sending;
using Luoshi.Storage;
using Luoshi.Storage.Reminders;
using Luoshi.Storage.Villages;
using Npgsql;

namespace Luoshi.Bench.Reminders;

/// <summary>Issue 18's speed goal: 10,000 due reminders across 500 units, planned and delivered to a local HTTP
/// receiver (an SMS gateway on <see cref="HttpListener"/>) by two instances at once on one PostgreSQL database, each
/// exactly once. 500 units with 20 tasks each; on Wednesday 25 March 2026 every task's March report (due Saturday the
/// 28th) is 3 working days away, so each task has one 临近提醒: to the unit's inbox and by SMS to the unit's contact —
/// 10,000 messages at the receiver, 20,000 deliveries stored. A stopwatch, not BenchmarkDotNet: a run changes the
/// database, so each run gets a fresh one.</summary>
internal static class ReminderBench
{
    private static readonly DateTimeOffset Wednesday = new(2026, 3, 25, 10, 0, 0, TimeSpan.FromHours(8));

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var server = Option(args, "--postgres") ?? Environment.GetEnvironmentVariable("LUOSHI_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(server))
        {
            await Console.Error.WriteLineAsync("reminders bench: give --postgres CONNECTION or set LUOSHI_TEST_POSTGRES (tools/test-postgres.sh start)");
            return 2;
        }

        var units = int.Parse(Option(args, "--units") ?? "500", CultureInfo.InvariantCulture);
        var tasks = int.Parse(Option(args, "--tasks-per-unit") ?? "20", CultureInfo.InvariantCulture);
        var runs = int.Parse(Option(args, "--runs") ?? "3", CultureInfo.InvariantCulture);
        output.WriteLine($"{units} units × {tasks} tasks = {units * tasks:N0} reminders; two instances on one PostgreSQL database");
        var times = new List<double>();
        for (var r = 1; r <= runs; r++)
        {
            var (seconds, received, distinct, sent) = await OnceAsync(server, units, tasks);
            times.Add(seconds);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  run {r}: {seconds:0.00} s — receiver got {received:N0} messages ({distinct:N0} distinct), {sent:N0} deliveries sent"));
            if (received != units * tasks || distinct != received || sent != 2L * units * tasks)
            {
                output.WriteLine("  NOT exactly once");
                return 1;
            }
        }

        times.Sort();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median {times[times.Count / 2]:0.00} s (goal < 10 s)"));
        return 0;
    }

    private static async Task<(double Seconds, int Received, int Distinct, long Sent)> OnceAsync(string server, int units, int tasks)
    {
        var database = $"luoshi_bench_reminders_{Guid.NewGuid():N}"[..40];
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        var options = new StoreOptions(StoreProvider.Postgres, new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString);
        using var receiver = new Receiver();
        try
        {
            await using (var setup = await Luoshi.Storage.Ledger.OpenAsync(options, "督查室"))
            {
                await FillAsync(setup, units, tasks);
            }

            var reminderOptions = new ReminderOptions
            {
                LinkBase = "https://dc.example.gov.cn", Concurrency = 32,
                Sms = new SmsOptions { Url = receiver.Url, Body = "{\"mobile\":\"{mobile}\",\"content\":\"{text}\"}", SuccessContains = "\"code\":0" },
            };
            await using var a = await Luoshi.Storage.Ledger.OpenAsync(options, "instance a");
            await using var b = await Luoshi.Storage.Ledger.OpenAsync(options, "instance b");
            using var channelsA = new ChannelSet(reminderOptions, TimeProvider.System);
            using var channelsB = new ChannelSet(reminderOptions, TimeProvider.System);
            var setupOf = ReminderSetup.ReportsOnly(reminderOptions.LinkBase);
            var planning = Stopwatch.StartNew();
            var planned = await a.Reminders.PlanAsync(Wednesday, setupOf, CancellationToken.None);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  (planning alone, not counted: {planned.Deliveries.Count:N0} deliveries in {planning.Elapsed.TotalSeconds:0.00} s)"));
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(
                new ReminderRun(a, setupOf, reminderOptions, channelsA, TimeProvider.System).RunAsync(Wednesday, false, CancellationToken.None),
                new ReminderRun(b, setupOf, reminderOptions, channelsB, TimeProvider.System).RunAsync(Wednesday, false, CancellationToken.None));
            var seconds = clock.Elapsed.TotalSeconds;
            await using var count = new NpgsqlConnection(options.ConnectionString);
            await count.OpenAsync();
            await using var sent = new NpgsqlCommand("SELECT COUNT(*) FROM reminder_deliveries WHERE state = 'sent'", count);
            var stored = Convert.ToInt64(await sent.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
            return (seconds, receiver.Messages.Count, receiver.Messages.Distinct().Count(), stored);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private static async Task FillAsync(Luoshi.Storage.Ledger ledger, int units, int tasks)
    {
        var csv = new StringBuilder("code,name,kind,parent,aliases\nC,基准市,city,,\n");
        var contacts = new StringBuilder("unit,name,role,email,mobile,dingtalk,wecom,feishu,sms\n");
        for (var i = 1; i <= units; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"D{i},基准市第{i}局,department,C,\n");
            contacts.Append(CultureInfo.InvariantCulture, $"基准市第{i}局,联络员{i},联络员,,139{i:00000000},,,,是\n");
        }

        var path = Path.Combine(Path.GetTempPath(), $"bench-units-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, csv.ToString());
        var imported = await ledger.ImportUnitsAsync(path, null, CancellationToken.None);
        File.Delete(path);
        Check(imported.Succeeded, "units");
        var text = "一、工作\n任务。";
        var plan = new Plan
        {
            Region = "基准市", Year = 2026, SourceName = "bench.txt", SourceText = text,
            SourceHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
            Cadence = ReportingCadence.MonthlyByDay(28),
            Sections = [new Section { Code = "S1", Number = "一", Title = "工作", Level = 1, Span = new SourceSpan(0, 4) }],
        };
        for (var i = 1; i <= units * tasks; i++)
        {
            plan.Tasks.Add(new PlanTask
            {
                Code = $"T{i}", SectionCode = "S1", Text = $"第{i}项任务", Span = new SourceSpan(5, 2), LeadUnit = $"基准市第{(i - 1) % units + 1}局",
                Deadline = new DateOnly(2026, 12, 31),
            });
        }

        Check((await ledger.ImportPlanAsync(plan, replace: false)).PlanId > 0, "plan");
        // Only the coming-due reminder, so that the count is exactly one per task.
        Check((await ledger.Reminders.SetRulesAsync(new ReminderRules([new ReminderRule(DueKind.Report, 3, true, null, null, null)], QuietHours.Evenings))).Succeeded, "rules");
        Check((await ledger.Reminders.ImportContactsAsync(new VillageFile("contacts.csv", Encoding.UTF8.GetBytes(contacts.ToString())))).Succeeded, "contacts");
    }

    private static void Check(bool ok, string what)
    {
        if (!ok)
        {
            throw new InvalidOperationException("reminders bench setup failed: " + what);
        }
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    /// <summary>An SMS gateway on a free local port: takes every POST, keeps its body, answers {"code":0}.</summary>
    private sealed class Receiver : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly CancellationTokenSource _stop = new();

        public Receiver()
        {
            using var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            Url = $"http://127.0.0.1:{port}/sms/send";
            _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            _listener.Start();
            for (var i = 0; i < 64; i++)
            {
                _ = Task.Run(ServeAsync);
            }
        }

        public string Url { get; }

        public ConcurrentBag<string> Messages { get; } = [];

        private async Task ServeAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }

                using (var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8))
                {
                    Messages.Add(await reader.ReadToEndAsync());
                }

                var answer = "{\"code\":0}"u8.ToArray();
                context.Response.ContentType = "application/json";
                context.Response.ContentLength64 = answer.Length;
                await context.Response.OutputStream.WriteAsync(answer);
                context.Response.Close();
            }
        }

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Close();
            _stop.Dispose();
        }
    }
}
