using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Luoshi.Cli.Output;
using Luoshi.Domain.Attachments;
using Luoshi.Domain.Closing;
using Luoshi.Domain.Lifecycle;
using Luoshi.Domain.Time;
using Luoshi.Domain.Wording;
using Luoshi.Storage;

namespace Luoshi.Cli.Commands.Closing;

/// <summary><c>luoshi closing evidence add|list|remove</c>: a task's evidence files (佐证材料文件) for its year-end
/// account, as the page /closing/{code} and the API keep them (docs/closing.md). Who may add or remove a file in which
/// state is the ledger's <c>ClosingRules</c> (the lead unit, while 未报送 or 已退回), who may list them
/// <see cref="ClosingRules.MayReadFiles"/>; a file is checked by the domain's <see cref="AttachmentRules"/> (kind by
/// name and first bytes, <see cref="AttachmentRules.DefaultMaxBytes"/>) before anything is stored.</summary>
internal static class EvidenceCommand
{
    private const string Group = "closing evidence";

    public static Command Create()
    {
        var command = new Command("evidence", "佐证材料文件: the lead unit's evidence files of a task's year-end account (add, list, remove)");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Remove());
        return command;
    }

    private static Command Add()
    {
        var file = new Argument<string>("FILE")
        {
            Description = $"The file: {AttachmentRules.Kinds}, at most {AttachmentRules.Megabytes(AttachmentRules.DefaultMaxBytes)} MB, its content what its extension says",
        };
        return new ClosingStepRunner(Group).Reporting("add", "The lead unit uploads an evidence file to a task's account while it is pending or returned",
            async (res, closing, plan, task, actor, ct) =>
            {
                var path = res.GetValue(file)!;
                var (content, unread) = await ReadAsync(path, ct);
                if (unread is not null)
                {
                    return (StoreResult.Fail(unread), "");
                }

                var (type, refused) = AttachmentRules.Check(path, content, AttachmentRules.DefaultMaxBytes);
                if (refused is { } words)
                {
                    return (StoreResult.Fail(new Problem(words)), "");
                }

                var added = await closing.AttachAsync(plan, task, actor, AttachmentRules.SafeName(path), type!, content, ct);
                return added.Value is { } stored
                    ? (StoreResult.Ok, Catalogue.Closing.Uploaded(task, stored.FileName, stored.Id, stored.Size).ToString())
                    : (StoreResult.Fail(added.Error!), "");
            },
            file);
    }

    private static Command List()
    {
        var format = new Option<string>("--format") { Description = "table or json (for scripts)", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        return new ClosingStepRunner(Group).Reporting("list", "A task's evidence files: number, name, size, who uploaded them and when, SHA-256 (office, leaders, lead unit)",
            async (res, closing, plan, task, actor, ct) =>
            {
                var account = (await closing.ReadAsync(plan, ct))!.Task(task);
                if (account is null)
                {
                    return (StoreResult.Fail(Catalogue.Closing.NoSuchTask(task), Place.OfField("task"), ProblemKind.NotFound), "");
                }

                if (!ClosingRules.MayReadFiles(TaskRoles.Of(actor.Role, actor.Unit, account.Reading.Task)))
                {
                    return (StoreResult.Fail(Catalogue.Closing.FilesNotYours, kind: ProblemKind.Forbidden), "");
                }

                var files = TaskClosingView.Of(account).Files;
                return (StoreResult.Ok, res.GetValue(format) == "json"
                    ? JsonSerializer.Serialize(new { Task = task, Files = files }, PlanJsonWriter.Options)
                    : Lines(files));
            },
            format);
    }

    private static Command Remove()
    {
        var id = new Option<int>("--id") { Description = "The file's number, as `luoshi closing evidence list` shows it", Required = true };
        return new ClosingStepRunner(Group).Reporting("remove", "The lead unit takes an evidence file off a task's account while it is pending or returned",
            async (res, closing, plan, task, actor, ct) =>
            {
                var number = res.GetValue(id);
                var removed = await closing.DetachAsync(plan, task, actor, number, ct);
                return removed.Error switch
                {
                    null => (StoreResult.Ok, Catalogue.Closing.Removed(task, number).ToString()),
                    // The ledger names the file field of a form or request; here it is the option.
                    { Place.Field: "file" } problem => (StoreResult.Fail(problem with { Place = Place.OfField("--id") }), ""),
                    { } problem => (StoreResult.Fail(problem), ""),
                };
            },
            id);
    }

    /// <summary>The file's bytes, or why they are not read: not there (3), larger than the limit (refused by its length
    /// before it is read), or unreadable.</summary>
    private static async Task<(byte[] Content, Problem? Problem)> ReadAsync(string path, CancellationToken ct)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return ([], new Problem(Catalogue.Files.NoSuchFile, Place.OfFile(path), ProblemKind.NotFound));
        }

        if (info.Length > AttachmentRules.DefaultMaxBytes)
        {
            return ([], new Problem(AttachmentRules.TooLarge(path, AttachmentRules.DefaultMaxBytes), Kind: ProblemKind.TooLarge));
        }

        try
        {
            return (await File.ReadAllBytesAsync(path, ct), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ([], new Problem(Catalogue.Files.CannotRead(e.Message), Place.OfFile(path)));
        }
    }

    private static string Lines(IReadOnlyList<EvidenceFileView> files)
    {
        if (files.Count == 0)
        {
            return Catalogue.Closing.NoFiles.ToString();
        }

        var text = new StringBuilder();
        foreach (var f in files)
        {
            text.AppendLine(Catalogue.Closing.FileLine(f.Id, f.Name, f.Size, f.UploadedBy,
                ChinaTime.InChina(f.UploadedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), f.Sha256).ToString());
        }

        return text.ToString().TrimEnd();
    }
}
