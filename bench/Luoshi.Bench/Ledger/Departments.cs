namespace Luoshi.Bench.Ledger;

/// <summary>The lead units tasks are given to: about a hundred real department names, shared by every plan so the
/// unit table stays the size a province's office actually keeps.</summary>
internal static class Departments
{
    /// <summary>Names as the ledger shows them; their index + 1 is their code (D001…).</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "发展和改革局", "教育局", "科学技术局", "工业和信息化局", "公安局", "民政局", "司法局", "财政局", "人力资源和社会保障局",
        "自然资源局", "生态环境局", "住房和城乡建设局", "交通运输局", "水利局", "农业农村局", "商务局", "文化广电旅游体育局",
        "卫生健康局", "退役军人事务局", "应急管理局", "审计局", "市场监督管理局", "统计局", "医疗保障局", "林业局",
        "城市管理和综合执法局", "信访局", "政务服务数据管理局", "乡村振兴局", "粮食和物资储备局", "人民防空办公室", "金融工作局",
        "投资促进局", "供销合作社", "地方志办公室", "机关事务管理局", "国有资产监督管理局", "残疾人联合会", "妇女联合会",
        "共青团委员会", "总工会", "科学技术协会", "工商业联合会", "红十字会", "气象局", "税务局", "消防救援大队", "公路事务中心",
        "供电局", "自来水公司", "燃气公司", "邮政管理局", "烟草专卖局", "电信公司", "移动公司", "联通公司", "广电网络公司",
        "不动产登记中心", "公共资源交易中心", "住房公积金管理中心", "疾病预防控制中心", "人民医院", "中医院", "妇幼保健院",
        "第一中学", "职业技术学校", "图书馆", "文化馆", "博物馆", "体育中心", "融媒体中心", "档案馆", "党校", "社会保险基金中心",
        "就业服务中心", "农业技术推广中心", "畜牧兽医中心", "水文站", "环境监测站", "土地储备中心", "城乡规划设计院",
        "建设工程质量安全站", "交通运输执法大队", "市场监管执法大队", "生态环境执法大队", "农业综合执法大队",
        "文化市场综合执法大队", "应急救援指挥中心", "12345热线中心", "营商环境服务中心", "产业园区管理委员会",
        "高新区管理委员会", "旅游度假区管理委员会", "城市投资集团", "交通投资集团", "水务集团", "农业发展集团",
        "文化旅游集团", "国有资本运营公司", "融资担保公司",
    ];

    /// <summary>The stable code of the department at <paramref name="index"/>.</summary>
    public static string Code(int index) => $"D{index + 1:000}";

    /// <summary>The first <paramref name="count"/> departments as lines of a units file, under the unit coded
    /// <paramref name="parent"/> (empty: none).</summary>
    public static IEnumerable<UnitLine> Lines(int count, string parent = "") =>
        Names.Take(count).Select((name, i) => new UnitLine(Code(i), name, "department", parent));
}
