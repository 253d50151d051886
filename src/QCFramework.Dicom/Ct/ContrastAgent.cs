namespace QCFramework.Dicom.Ct;

/// <summary>The Contrast/Bolus module (PS3.3 §C.7.6.4), present only when contrast was given.</summary>
/// <param name="Agent">Contrast/Bolus Agent (0018,0010), e.g. "Iohexol 350 mg I/mL".</param>
/// <param name="Route">Contrast/Bolus Route (0018,1040), e.g. "IV"; null when unknown.</param>
public sealed record ContrastAgent(string Agent, string? Route);
