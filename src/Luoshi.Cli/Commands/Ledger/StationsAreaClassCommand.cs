using System.CommandLine;
using Luoshi.Cli.LedgerAccess;
using Luoshi.Cli.Output;
using Luoshi.Indicators.Air.Annual;

namespace Luoshi.Cli.Commands.Ledger;

/// <summary><c>luoshi stations area-class SCOPE 1|2</c>: the GB 3095 area class (一类区 / 二类区) of a station set or
/// station, which decides the limits its annual air statistics are judged against (class 2 unless set).</summary>
internal static class StationsAreaClassCommand
{
    private const string Name = "luoshi stations area-class";

    public static Command Create()
    {
        var store = new StoreSelection();
        var scope = new Argument<string>("SCOPE") { Description = "A station set (城区) or a station code" };
        var areaClass = new Argument<int>("CLASS") { Description = "1 (一类区, 一级 limits) or 2 (二类区, 二级 limits)" };
        areaClass.AcceptOnlyFromAmong("1", "2");
        var command = new Command("area-class", "Set the GB 3095 area class of a station set or station (default 2)") { scope, areaClass };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var ledger = await store.OpenAsync(result, ct);
            var (name, value) = (result.GetValue(scope)!, (AreaClass)result.GetValue(areaClass));
            var set = await ledger.SetAirAreaClassAsync(name, value, ct);
            if (!set.Succeeded)
            {
                return ProblemOutput.Write(Name, set.Error!, Console.Error);
            }

            Console.Out.WriteLine(Lang.Pick($"{name}：{(value == AreaClass.One ? "一类区（一级浓度限值）" : "二类区（二级浓度限值）")}", $"{name}: class {(int)value}"));
            return ExitCodes.Success;
        });
        return command;
    }
}
