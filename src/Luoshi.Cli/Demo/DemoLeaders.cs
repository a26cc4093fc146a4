namespace Luoshi.Cli.Demo;

/// <summary>The demo city's leaders (演示数据): a fictional roster, names in the 张某某 form so that no real person is
/// meant, each leader in charge (分管) of the departments of their field, as a city's division of work would have it.
/// A task's leader is the one in charge of its lead unit.</summary>
internal static class DemoLeaders
{
    /// <summary>The executive vice mayor, in charge of what no one else is (finance, development, the government itself).</summary>
    public const string Executive = "常务副市长 陈某某";

    private static readonly (string Leader, string[] Fields)[] Roster =
    [
        ("副市长 李某某", ["农业农村", "水利", "林业", "乡村振兴", "镇", "街道"]),
        ("副市长 黄某某", ["人力资源", "教育", "卫生健康", "民政", "医疗保障", "退役军人", "文化广电"]),
        ("副市长 梁某某", ["住房和城乡建设", "生态环境", "自然资源", "交通运输", "城市管理"]),
        ("副市长 何某某", ["工业和信息化", "商务", "科学技术", "市场监督", "金融"]),
        ("副市长 吴某某", ["公安", "应急管理", "司法", "信访", "人民法院", "人民武装"]),
    ];

    /// <summary>The leader in charge of <paramref name="unit"/>'s field.</summary>
    public static string Of(string? unit) =>
        unit is null ? Executive
        : Roster.FirstOrDefault(r => r.Fields.Any(f => unit.Contains(f, StringComparison.Ordinal))).Leader ?? Executive;
}
