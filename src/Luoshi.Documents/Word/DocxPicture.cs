using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Luoshi.Documents.Word;

/// <summary>A PNG picture inline in a paragraph, the DrawingML way Word writes it, so every office suite shows it.</summary>
public static class DocxPicture
{
    /// <summary>English Metric Units per twentieth of a point.</summary>
    private const long EmuPerTwip = 635;

    /// <summary>A run holding <paramref name="png"/>, stored as an image part of <paramref name="main"/>, shown
    /// <paramref name="widthTwips"/> wide with the picture's own proportions (<paramref name="pixelWidth"/> ×
    /// <paramref name="pixelHeight"/>). <paramref name="id"/> must be unique in the document.</summary>
    public static W.Run Create(MainDocumentPart main, byte[] png, int pixelWidth, int pixelHeight, int widthTwips, uint id, string name)
    {
        ArgumentNullException.ThrowIfNull(main);
        ArgumentNullException.ThrowIfNull(png);
        var part = main.AddImagePart(ImagePartType.Png);
        using (var stream = new MemoryStream(png, writable: false))
        {
            part.FeedData(stream);
        }

        var relationship = main.GetIdOfPart(part);
        var cx = widthTwips * EmuPerTwip;
        var cy = cx * pixelHeight / pixelWidth;
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = id, Name = name },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = id, Name = name + ".png" }, new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = relationship }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0,
            DistanceFromBottom = 0,
            DistanceFromLeft = 0,
            DistanceFromRight = 0,
        };
        return new W.Run(new W.Drawing(inline));
    }
}
