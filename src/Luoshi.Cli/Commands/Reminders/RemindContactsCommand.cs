using System.CommandLine;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Cli.Output;
using Luoshi.Domain.Reminders;
using Luoshi.Domain.Wording;
using Luoshi.Storage.Villages;

namespace Luoshi.Cli.Commands.Reminders;

/// <summary><c>luoshi remind contacts [FILE]</c>: replaces the contact list from a CSV or xlsx file (all or nothing), or
/// lists it, addresses masked.</summary>
internal static class RemindContactsCommand
{
    public static Command Create()
    {
        var store = new StoreSelection();
        var file = new Argument<string?>("file") { Description = "CSV or xlsx: unit,name,role,email,mobile,dingtalk,wecom,feishu,sms (or 单位,姓名,角色…)", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("contacts", "Import the people reminders reach, or list them") { file };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var ledger = await store.OpenAsync(result, ct);
            if (result.GetValue(file) is not { } path)
            {
                foreach (var c in await ledger.Reminders.ContactsAsync(ct))
                {
                    var channels = c.Channels().Select(x => $"{Catalogue.Reminders.Channel(x.Channel)} {AddressMask.Of(x.Channel, x.Address)}");
                    Console.Out.WriteLine($"{c.Unit}\t{c.Name}\t{Catalogue.Reminders.Role(c.Role)}\t{string.Join("，", channels)}");
                }

                return ExitCodes.Success;
            }

            var (read, error) = VillageFile.FromPath(path);
            if (read is null)
            {
                return ProblemOutput.Write("luoshi remind contacts", error!, Console.Error);
            }

            var imported = await ledger.Reminders.ImportContactsAsync(read, ct);
            if (!imported.Succeeded)
            {
                return ProblemOutput.WriteRefusedFile("luoshi remind contacts", path, imported, Console.Error);
            }

            Console.Out.WriteLine(new Words($"已导入 {imported.Rows} 位联系人", $"{imported.Rows} contact(s) imported").ToString());
            return ExitCodes.Success;
        });
        return command;
    }
}
