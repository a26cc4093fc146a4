using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Cli.Output;
using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Time;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Lifecycle;
using Luoshi.Storage.Villages;

namespace Luoshi.Cli.Commands.Items;

/// <summary><c>luoshi items list|import|create|edit|step</c>: items supervised from other sources (领导批示件, 会议议定事项,
/// 上级交办, 人大建议, 政协提案) — listed with their status, imported from CSV or xlsx (all or nothing), created and
/// changed by the office, and taken through 签收 → 办结申请 → 复核 by their lead unit and the office.</summary>
internal static class ItemsCommand
{
    public static Command Create()
    {
        var command = new Command("items", "Items from other sources: 批示件, 会议议定事项, 上级交办, 人大建议, 政协提案");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Import());
        command.Subcommands.Add(CreateOne());
        command.Subcommands.Add(Edit());
        command.Subcommands.Add(Step());
        return command;
    }

    private static Command List()
    {
        var store = new StoreSelection();
        var source = new Option<string?>("--source") { Description = "Only this source: 批示, 会议, 交办, 建议, 提案 (or instruction, meeting_decision, from_above, deputy_suggestion, cppcc_proposal)" };
        var asOf = new Option<DateOnly?>("--as-of") { Description = "Status as of this day, YYYY-MM-DD (default: today)" };
        var format = new Option<string>("--format") { Description = "table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("list", "Every item with its number, source, lead unit, due day and status") { source, asOf, format };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            ItemSource? of = null;
            if (result.GetValue(source) is { } named && (of = ItemNumbers.Parse(named.Replace("_", "", StringComparison.Ordinal))) is null)
            {
                return ProblemOutput.Write("luoshi items list", new Problem(Catalogue.Lifecycle.UnknownSource(named), Place.OfField("--source")), Console.Error);
            }

            await using var ledger = await store.OpenAsync(result, ct);
            var day = result.GetValue(asOf) ?? ChinaTime.Today(TimeProvider.System);
            var items = await ledger.Lifecycle.ListItemsAsync(of, ct);
            if (result.GetValue(format) == "json")
            {
                var document = new
                {
                    as_of = Day(day),
                    items = items.Select(i => new
                    {
                        number = i.Number, source = Catalogue.Lifecycle.SourceName(i.Source).Zh, title = i.Title, source_document = i.SourceDocument, leader = i.Leader,
                        lead_unit = i.LeadUnit, due = Day(i.Due), sign_due = Day(i.SignDue), signed_on = i.SignedOn is { } s ? Day(s) : null,
                        status = TaskStatusKey.Of(i.StatusOn(day).Kind), reply = i.Reply,
                        satisfaction = i.Satisfaction is { } r ? Catalogue.Lifecycle.SatisfactionName(r).Zh : null,
                    }),
                };
                Console.Out.WriteLine(JsonSerializer.Serialize(document, PlanJsonWriter.Options));
                return ExitCodes.Success;
            }

            foreach (var i in items)
            {
                Console.Out.WriteLine($"{i.Number}\t{Catalogue.Lifecycle.SourceName(i.Source)}\t{i.LeadUnit}\t{Day(i.Due)}\t{i.StatusOn(day).Label}\t{i.Title}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Import()
    {
        var store = new StoreSelection();
        var file = new Argument<string>("FILE") { Description = "CSV or xlsx: source,title,document,leader,unit,due[,year] (or 来源,事项名称,来源文件,责任领导,牵头单位,办理时限,年度)" };
        var command = new Command("import", "Put every item of a file under supervision, or none when any row is wrong (office)") { file };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            const string Label = "luoshi items import";
            var path = result.GetValue(file)!;
            var (read, error) = VillageFile.FromPath(path);
            if (read is null)
            {
                return ProblemOutput.Write(Label, error!, Console.Error);
            }

            await using var ledger = await store.OpenAsync(result, ct);
            var imported = await ledger.Lifecycle.ImportItemsAsync(await ActorAsync(ledger, store, result, null, ct), read, ct);
            if (!imported.Succeeded)
            {
                return ProblemOutput.WriteRefusedFile(Label, path, imported, Console.Error);
            }

            Console.Out.WriteLine(Catalogue.Lifecycle.ItemsImported(imported.Rows).ToString());
            return ExitCodes.Success;
        });
        return command;
    }

    private sealed class Fields
    {
        public Option<string?> Title { get; } = new("--title") { Description = "事项名称" };

        public Option<string?> Unit { get; } = new("--lead-unit") { Description = "牵头单位 (name or alias)" };

        public Option<DateOnly?> Due { get; } = new("--due") { Description = "办理时限, YYYY-MM-DD" };

        public Option<string?> Document { get; } = new("--document") { Description = "来源文件 (文号 or title)" };

        public Option<string?> Leader { get; } = new("--leader") { Description = "责任领导" };

        public void AddTo(Command command)
        {
            command.Options.Add(Title);
            command.Options.Add(Unit);
            command.Options.Add(Due);
            command.Options.Add(Document);
            command.Options.Add(Leader);
        }
    }

    private static Command CreateOne()
    {
        var store = new StoreSelection();
        var fields = new Fields();
        var source = new Option<string>("--source") { Description = "批示, 会议, 交办, 建议 or 提案", Required = true };
        var year = new Option<int?>("--year") { Description = "The numbering year (default: this year)" };
        var command = new Command("create", "Put one item under supervision, assigned today (office)") { source, year };
        fields.AddTo(command);
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            const string Label = "luoshi items create";
            if (ItemNumbers.Parse(result.GetValue(source)!.Replace("_", "", StringComparison.Ordinal)) is not { } of)
            {
                return ProblemOutput.Write(Label, new Problem(Catalogue.Lifecycle.UnknownSource(result.GetValue(source)!), Place.OfField("--source")), Console.Error);
            }

            await using var ledger = await store.OpenAsync(result, ct);
            var item = new NewItem(of, result.GetValue(year) ?? ChinaTime.Today(TimeProvider.System).Year, result.GetValue(fields.Title) ?? "",
                result.GetValue(fields.Document) ?? "", result.GetValue(fields.Leader), result.GetValue(fields.Unit) ?? "", result.GetValue(fields.Due) ?? DateOnly.MinValue);
            var created = await ledger.Lifecycle.CreateItemAsync(await ActorAsync(ledger, store, result, null, ct), item, ct);
            if (!created.Succeeded)
            {
                return ProblemOutput.Write(Label, created.Error!, Console.Error);
            }

            Console.Out.WriteLine(Catalogue.Lifecycle.ItemCreated(created.Value!).ToString());
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Edit()
    {
        var store = new StoreSelection();
        var fields = new Fields();
        var number = new Argument<string>("NUMBER") { Description = "The item's number, e.g. 2022-批示-015" };
        var command = new Command("edit", "Change an item's title, document, leader, lead unit or due day; what is not given stays (office)") { number };
        fields.AddTo(command);
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            const string Label = "luoshi items edit";
            await using var ledger = await store.OpenAsync(result, ct);
            if (await ledger.Lifecycle.FindItemAsync(result.GetValue(number)!, ct) is not { } item)
            {
                return ProblemOutput.Write(Label, new Problem(Catalogue.Lifecycle.NoSuchItem(result.GetValue(number)!), Place.OfField("NUMBER"), ProblemKind.NotFound), Console.Error);
            }

            var change = new ItemChange(result.GetValue(fields.Title) ?? item.Title, result.GetValue(fields.Document) ?? item.SourceDocument,
                result.GetValue(fields.Leader) ?? item.Leader, result.GetValue(fields.Unit) ?? item.LeadUnit, result.GetValue(fields.Due) ?? item.Due);
            var saved = await ledger.Lifecycle.UpdateItemAsync(await ActorAsync(ledger, store, result, null, ct), item.Number, change, ct);
            if (!saved.Succeeded)
            {
                return ProblemOutput.Write(Label, saved.Error!, Console.Error);
            }

            Console.Out.WriteLine(Catalogue.Lifecycle.ItemSaved(item.Number).ToString());
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Step()
    {
        var store = new StoreSelection();
        var number = new Argument<string>("NUMBER") { Description = "The item's number, e.g. 2022-批示-015" };
        var step = new Argument<string>("STEP") { Description = "sign, request-close, approve-close or return-close" };
        step.AcceptOnlyFromAmong("sign", "request-close", "approve-close", "return-close");
        var unit = new Option<string?>("--unit") { Description = "Act as this unit's reporter (name or alias); default: the account of --as, else the office" };
        var text = new Option<string?>("--text") { Description = "办结情况 or the reply to the deputy (request-close), the reason (return-close)" };
        var satisfaction = new Option<string?>("--satisfaction") { Description = "满意, 基本满意 or 不满意 (approve-close of a suggestion or proposal)" };
        var command = new Command("step", "签收, 办结申请, 复核 (approve or return)") { number, step, unit, text, satisfaction };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            const string Label = "luoshi items step";
            Satisfaction? rated = null;
            if (result.GetValue(satisfaction) is { } said)
            {
                rated = Enum.GetValues<Satisfaction>().Cast<Satisfaction?>().FirstOrDefault(s => Catalogue.Lifecycle.SatisfactionName(s!.Value).Zh == said.Trim());
                if (rated is null)
                {
                    return ProblemOutput.Write(Label, new Problem(Catalogue.Files.ExpectedFound(Catalogue.Lifecycle.SatisfactionField, said), Place.OfField("--satisfaction")), Console.Error);
                }
            }

            var known = Enum.GetValues<LifecycleStep>().First(s => LifecycleNames.Of(s) == result.GetValue(step));
            await using var ledger = await store.OpenAsync(result, ct);
            var actor = await ActorAsync(ledger, store, result, result.GetValue(unit), ct);
            var done = await ledger.Lifecycle.StepItemAsync(result.GetValue(number)!, actor, known, result.GetValue(text), rated, ct);
            if (!done.Succeeded)
            {
                return ProblemOutput.Write(Label, done.Error!, Console.Error);
            }

            Console.Out.WriteLine($"{result.GetValue(number)}: {Lang.Pick("已办理", "done")} ({result.GetValue(step)})");
            return ExitCodes.Success;
        });
        return command;
    }

    // --unit acts as that unit's reporter; otherwise the account of --as, or the office when --as names no account.
    private static async Task<LifecycleActor> ActorAsync(Luoshi.Storage.Ledger ledger, StoreSelection store, ParseResult result, string? unit, CancellationToken ct)
    {
        if (unit is not null)
        {
            return LifecycleActor.OfUnit(await ledger.FindUnitNameAsync(unit, ct) ?? unit.Trim());
        }

        var account = await ledger.FindAccountAsync(store.ActorFrom(result), ct);
        return account is null ? LifecycleActor.Office : new LifecycleActor(account.Role, account.Unit);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
