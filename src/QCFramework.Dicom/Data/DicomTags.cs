using System.Runtime.CompilerServices;

namespace QCFramework.Dicom.Data;

/// <summary>
/// The data elements this codec reads, writes or names in a dump, with their VR and keyword from
/// PS3.6 Table 6-1. Each field both names a tag and registers it in <see cref="DicomDictionary"/>;
/// the field name is the keyword. Sequences are listed so implicit VR files parse them as items.
/// </summary>
public static class DicomTags
{
    // Declared first: static fields initialise in textual order and every Define below adds to it.
    internal static readonly Dictionary<DicomTag, (DicomVr Vr, string Keyword)> Registry = [];

    /// <summary>0002,0000 UL FileMetaInformationGroupLength.</summary>
    public static readonly DicomTag FileMetaInformationGroupLength = Define(0x0002, 0x0000, DicomVr.UL);
    /// <summary>0002,0001 OB FileMetaInformationVersion.</summary>
    public static readonly DicomTag FileMetaInformationVersion = Define(0x0002, 0x0001, DicomVr.OB);
    /// <summary>0002,0002 UI MediaStorageSOPClassUID.</summary>
    public static readonly DicomTag MediaStorageSOPClassUID = Define(0x0002, 0x0002, DicomVr.UI);
    /// <summary>0002,0003 UI MediaStorageSOPInstanceUID.</summary>
    public static readonly DicomTag MediaStorageSOPInstanceUID = Define(0x0002, 0x0003, DicomVr.UI);
    /// <summary>0002,0010 UI TransferSyntaxUID.</summary>
    public static readonly DicomTag TransferSyntaxUID = Define(0x0002, 0x0010, DicomVr.UI);
    /// <summary>0002,0012 UI ImplementationClassUID.</summary>
    public static readonly DicomTag ImplementationClassUID = Define(0x0002, 0x0012, DicomVr.UI);
    /// <summary>0002,0013 SH ImplementationVersionName.</summary>
    public static readonly DicomTag ImplementationVersionName = Define(0x0002, 0x0013, DicomVr.SH);
    /// <summary>0002,0016 AE SourceApplicationEntityTitle.</summary>
    public static readonly DicomTag SourceApplicationEntityTitle = Define(0x0002, 0x0016, DicomVr.AE);
    /// <summary>0008,0005 CS SpecificCharacterSet.</summary>
    public static readonly DicomTag SpecificCharacterSet = Define(0x0008, 0x0005, DicomVr.CS);
    /// <summary>0008,0008 CS ImageType.</summary>
    public static readonly DicomTag ImageType = Define(0x0008, 0x0008, DicomVr.CS);
    /// <summary>0008,0012 DA InstanceCreationDate.</summary>
    public static readonly DicomTag InstanceCreationDate = Define(0x0008, 0x0012, DicomVr.DA);
    /// <summary>0008,0013 TM InstanceCreationTime.</summary>
    public static readonly DicomTag InstanceCreationTime = Define(0x0008, 0x0013, DicomVr.TM);
    /// <summary>0008,0016 UI SOPClassUID.</summary>
    public static readonly DicomTag SOPClassUID = Define(0x0008, 0x0016, DicomVr.UI);
    /// <summary>0008,0018 UI SOPInstanceUID.</summary>
    public static readonly DicomTag SOPInstanceUID = Define(0x0008, 0x0018, DicomVr.UI);
    /// <summary>0008,0020 DA StudyDate.</summary>
    public static readonly DicomTag StudyDate = Define(0x0008, 0x0020, DicomVr.DA);
    /// <summary>0008,0021 DA SeriesDate.</summary>
    public static readonly DicomTag SeriesDate = Define(0x0008, 0x0021, DicomVr.DA);
    /// <summary>0008,0022 DA AcquisitionDate.</summary>
    public static readonly DicomTag AcquisitionDate = Define(0x0008, 0x0022, DicomVr.DA);
    /// <summary>0008,0023 DA ContentDate.</summary>
    public static readonly DicomTag ContentDate = Define(0x0008, 0x0023, DicomVr.DA);
    /// <summary>0008,0030 TM StudyTime.</summary>
    public static readonly DicomTag StudyTime = Define(0x0008, 0x0030, DicomVr.TM);
    /// <summary>0008,0031 TM SeriesTime.</summary>
    public static readonly DicomTag SeriesTime = Define(0x0008, 0x0031, DicomVr.TM);
    /// <summary>0008,0032 TM AcquisitionTime.</summary>
    public static readonly DicomTag AcquisitionTime = Define(0x0008, 0x0032, DicomVr.TM);
    /// <summary>0008,0033 TM ContentTime.</summary>
    public static readonly DicomTag ContentTime = Define(0x0008, 0x0033, DicomVr.TM);
    /// <summary>0008,0050 SH AccessionNumber.</summary>
    public static readonly DicomTag AccessionNumber = Define(0x0008, 0x0050, DicomVr.SH);
    /// <summary>0008,0060 CS Modality.</summary>
    public static readonly DicomTag Modality = Define(0x0008, 0x0060, DicomVr.CS);
    /// <summary>0008,0070 LO Manufacturer.</summary>
    public static readonly DicomTag Manufacturer = Define(0x0008, 0x0070, DicomVr.LO);
    /// <summary>0008,0080 LO InstitutionName.</summary>
    public static readonly DicomTag InstitutionName = Define(0x0008, 0x0080, DicomVr.LO);
    /// <summary>0008,0090 PN ReferringPhysicianName.</summary>
    public static readonly DicomTag ReferringPhysicianName = Define(0x0008, 0x0090, DicomVr.PN);
    /// <summary>0008,1010 SH StationName.</summary>
    public static readonly DicomTag StationName = Define(0x0008, 0x1010, DicomVr.SH);
    /// <summary>0008,1030 LO StudyDescription.</summary>
    public static readonly DicomTag StudyDescription = Define(0x0008, 0x1030, DicomVr.LO);
    /// <summary>0008,103E LO SeriesDescription.</summary>
    public static readonly DicomTag SeriesDescription = Define(0x0008, 0x103E, DicomVr.LO);
    /// <summary>0008,1090 LO ManufacturerModelName.</summary>
    public static readonly DicomTag ManufacturerModelName = Define(0x0008, 0x1090, DicomVr.LO);
    /// <summary>0008,1111 SQ ReferencedPerformedProcedureStepSequence.</summary>
    public static readonly DicomTag ReferencedPerformedProcedureStepSequence = Define(0x0008, 0x1111, DicomVr.SQ);
    /// <summary>0008,1115 SQ ReferencedSeriesSequence.</summary>
    public static readonly DicomTag ReferencedSeriesSequence = Define(0x0008, 0x1115, DicomVr.SQ);
    /// <summary>0008,1120 SQ ReferencedPatientSequence.</summary>
    public static readonly DicomTag ReferencedPatientSequence = Define(0x0008, 0x1120, DicomVr.SQ);
    /// <summary>0008,1140 SQ ReferencedImageSequence.</summary>
    public static readonly DicomTag ReferencedImageSequence = Define(0x0008, 0x1140, DicomVr.SQ);
    /// <summary>0008,2112 SQ SourceImageSequence.</summary>
    public static readonly DicomTag SourceImageSequence = Define(0x0008, 0x2112, DicomVr.SQ);
    /// <summary>0010,0010 PN PatientName.</summary>
    public static readonly DicomTag PatientName = Define(0x0010, 0x0010, DicomVr.PN);
    /// <summary>0010,0020 LO PatientID.</summary>
    public static readonly DicomTag PatientID = Define(0x0010, 0x0020, DicomVr.LO);
    /// <summary>0010,0030 DA PatientBirthDate.</summary>
    public static readonly DicomTag PatientBirthDate = Define(0x0010, 0x0030, DicomVr.DA);
    /// <summary>0010,0040 CS PatientSex.</summary>
    public static readonly DicomTag PatientSex = Define(0x0010, 0x0040, DicomVr.CS);
    /// <summary>0018,0010 LO ContrastBolusAgent.</summary>
    public static readonly DicomTag ContrastBolusAgent = Define(0x0018, 0x0010, DicomVr.LO);
    /// <summary>0018,0015 CS BodyPartExamined.</summary>
    public static readonly DicomTag BodyPartExamined = Define(0x0018, 0x0015, DicomVr.CS);
    /// <summary>0018,0022 CS ScanOptions.</summary>
    public static readonly DicomTag ScanOptions = Define(0x0018, 0x0022, DicomVr.CS);
    /// <summary>0018,0050 DS SliceThickness.</summary>
    public static readonly DicomTag SliceThickness = Define(0x0018, 0x0050, DicomVr.DS);
    /// <summary>0018,0060 DS KVP.</summary>
    public static readonly DicomTag KVP = Define(0x0018, 0x0060, DicomVr.DS);
    /// <summary>0018,0088 DS SpacingBetweenSlices.</summary>
    public static readonly DicomTag SpacingBetweenSlices = Define(0x0018, 0x0088, DicomVr.DS);
    /// <summary>0018,0090 DS DataCollectionDiameter.</summary>
    public static readonly DicomTag DataCollectionDiameter = Define(0x0018, 0x0090, DicomVr.DS);
    /// <summary>0018,1020 LO SoftwareVersions.</summary>
    public static readonly DicomTag SoftwareVersions = Define(0x0018, 0x1020, DicomVr.LO);
    /// <summary>0018,1030 LO ProtocolName.</summary>
    public static readonly DicomTag ProtocolName = Define(0x0018, 0x1030, DicomVr.LO);
    /// <summary>0018,1040 LO ContrastBolusRoute.</summary>
    public static readonly DicomTag ContrastBolusRoute = Define(0x0018, 0x1040, DicomVr.LO);
    /// <summary>0018,1100 DS ReconstructionDiameter.</summary>
    public static readonly DicomTag ReconstructionDiameter = Define(0x0018, 0x1100, DicomVr.DS);
    /// <summary>0018,1110 DS DistanceSourceToDetector.</summary>
    public static readonly DicomTag DistanceSourceToDetector = Define(0x0018, 0x1110, DicomVr.DS);
    /// <summary>0018,1111 DS DistanceSourceToPatient.</summary>
    public static readonly DicomTag DistanceSourceToPatient = Define(0x0018, 0x1111, DicomVr.DS);
    /// <summary>0018,1120 DS GantryDetectorTilt.</summary>
    public static readonly DicomTag GantryDetectorTilt = Define(0x0018, 0x1120, DicomVr.DS);
    /// <summary>0018,1130 DS TableHeight.</summary>
    public static readonly DicomTag TableHeight = Define(0x0018, 0x1130, DicomVr.DS);
    /// <summary>0018,1140 CS RotationDirection.</summary>
    public static readonly DicomTag RotationDirection = Define(0x0018, 0x1140, DicomVr.CS);
    /// <summary>0018,1150 IS ExposureTime.</summary>
    public static readonly DicomTag ExposureTime = Define(0x0018, 0x1150, DicomVr.IS);
    /// <summary>0018,1151 IS XRayTubeCurrent.</summary>
    public static readonly DicomTag XRayTubeCurrent = Define(0x0018, 0x1151, DicomVr.IS);
    /// <summary>0018,1152 IS Exposure.</summary>
    public static readonly DicomTag Exposure = Define(0x0018, 0x1152, DicomVr.IS);
    /// <summary>0018,1153 IS ExposureInuAs.</summary>
    public static readonly DicomTag ExposureInuAs = Define(0x0018, 0x1153, DicomVr.IS);
    /// <summary>0018,1160 SH FilterType.</summary>
    public static readonly DicomTag FilterType = Define(0x0018, 0x1160, DicomVr.SH);
    /// <summary>0018,1170 IS GeneratorPower.</summary>
    public static readonly DicomTag GeneratorPower = Define(0x0018, 0x1170, DicomVr.IS);
    /// <summary>0018,1190 DS FocalSpots.</summary>
    public static readonly DicomTag FocalSpots = Define(0x0018, 0x1190, DicomVr.DS);
    /// <summary>0018,1210 SH ConvolutionKernel.</summary>
    public static readonly DicomTag ConvolutionKernel = Define(0x0018, 0x1210, DicomVr.SH);
    /// <summary>0018,5100 CS PatientPosition.</summary>
    public static readonly DicomTag PatientPosition = Define(0x0018, 0x5100, DicomVr.CS);
    /// <summary>0018,8150 DS ExposureTimeInuS.</summary>
    public static readonly DicomTag ExposureTimeInuS = Define(0x0018, 0x8150, DicomVr.DS);
    /// <summary>0018,8151 DS XRayTubeCurrentInuA.</summary>
    public static readonly DicomTag XRayTubeCurrentInuA = Define(0x0018, 0x8151, DicomVr.DS);
    /// <summary>0020,000D UI StudyInstanceUID.</summary>
    public static readonly DicomTag StudyInstanceUID = Define(0x0020, 0x000D, DicomVr.UI);
    /// <summary>0020,000E UI SeriesInstanceUID.</summary>
    public static readonly DicomTag SeriesInstanceUID = Define(0x0020, 0x000E, DicomVr.UI);
    /// <summary>0020,0010 SH StudyID.</summary>
    public static readonly DicomTag StudyID = Define(0x0020, 0x0010, DicomVr.SH);
    /// <summary>0020,0011 IS SeriesNumber.</summary>
    public static readonly DicomTag SeriesNumber = Define(0x0020, 0x0011, DicomVr.IS);
    /// <summary>0020,0012 IS AcquisitionNumber.</summary>
    public static readonly DicomTag AcquisitionNumber = Define(0x0020, 0x0012, DicomVr.IS);
    /// <summary>0020,0013 IS InstanceNumber.</summary>
    public static readonly DicomTag InstanceNumber = Define(0x0020, 0x0013, DicomVr.IS);
    /// <summary>0020,0020 CS PatientOrientation.</summary>
    public static readonly DicomTag PatientOrientation = Define(0x0020, 0x0020, DicomVr.CS);
    /// <summary>0020,0032 DS ImagePositionPatient.</summary>
    public static readonly DicomTag ImagePositionPatient = Define(0x0020, 0x0032, DicomVr.DS);
    /// <summary>0020,0037 DS ImageOrientationPatient.</summary>
    public static readonly DicomTag ImageOrientationPatient = Define(0x0020, 0x0037, DicomVr.DS);
    /// <summary>0020,0052 UI FrameOfReferenceUID.</summary>
    public static readonly DicomTag FrameOfReferenceUID = Define(0x0020, 0x0052, DicomVr.UI);
    /// <summary>0020,1040 LO PositionReferenceIndicator.</summary>
    public static readonly DicomTag PositionReferenceIndicator = Define(0x0020, 0x1040, DicomVr.LO);
    /// <summary>0020,1041 DS SliceLocation.</summary>
    public static readonly DicomTag SliceLocation = Define(0x0020, 0x1041, DicomVr.DS);
    /// <summary>0020,4000 LT ImageComments.</summary>
    public static readonly DicomTag ImageComments = Define(0x0020, 0x4000, DicomVr.LT);
    /// <summary>0028,0002 US SamplesPerPixel.</summary>
    public static readonly DicomTag SamplesPerPixel = Define(0x0028, 0x0002, DicomVr.US);
    /// <summary>0028,0004 CS PhotometricInterpretation.</summary>
    public static readonly DicomTag PhotometricInterpretation = Define(0x0028, 0x0004, DicomVr.CS);
    /// <summary>0028,0006 US PlanarConfiguration.</summary>
    public static readonly DicomTag PlanarConfiguration = Define(0x0028, 0x0006, DicomVr.US);
    /// <summary>0028,0008 IS NumberOfFrames.</summary>
    public static readonly DicomTag NumberOfFrames = Define(0x0028, 0x0008, DicomVr.IS);
    /// <summary>0028,0010 US Rows.</summary>
    public static readonly DicomTag Rows = Define(0x0028, 0x0010, DicomVr.US);
    /// <summary>0028,0011 US Columns.</summary>
    public static readonly DicomTag Columns = Define(0x0028, 0x0011, DicomVr.US);
    /// <summary>0028,0030 DS PixelSpacing.</summary>
    public static readonly DicomTag PixelSpacing = Define(0x0028, 0x0030, DicomVr.DS);
    /// <summary>0028,0100 US BitsAllocated.</summary>
    public static readonly DicomTag BitsAllocated = Define(0x0028, 0x0100, DicomVr.US);
    /// <summary>0028,0101 US BitsStored.</summary>
    public static readonly DicomTag BitsStored = Define(0x0028, 0x0101, DicomVr.US);
    /// <summary>0028,0102 US HighBit.</summary>
    public static readonly DicomTag HighBit = Define(0x0028, 0x0102, DicomVr.US);
    /// <summary>0028,0103 US PixelRepresentation.</summary>
    public static readonly DicomTag PixelRepresentation = Define(0x0028, 0x0103, DicomVr.US);
    /// <summary>0028,0301 CS BurnedInAnnotation.</summary>
    public static readonly DicomTag BurnedInAnnotation = Define(0x0028, 0x0301, DicomVr.CS);
    /// <summary>0028,1050 DS WindowCenter.</summary>
    public static readonly DicomTag WindowCenter = Define(0x0028, 0x1050, DicomVr.DS);
    /// <summary>0028,1051 DS WindowWidth.</summary>
    public static readonly DicomTag WindowWidth = Define(0x0028, 0x1051, DicomVr.DS);
    /// <summary>0028,1052 DS RescaleIntercept.</summary>
    public static readonly DicomTag RescaleIntercept = Define(0x0028, 0x1052, DicomVr.DS);
    /// <summary>0028,1053 DS RescaleSlope.</summary>
    public static readonly DicomTag RescaleSlope = Define(0x0028, 0x1053, DicomVr.DS);
    /// <summary>0028,1054 LO RescaleType.</summary>
    public static readonly DicomTag RescaleType = Define(0x0028, 0x1054, DicomVr.LO);
    /// <summary>0028,1055 LO WindowCenterWidthExplanation.</summary>
    public static readonly DicomTag WindowCenterWidthExplanation = Define(0x0028, 0x1055, DicomVr.LO);
    /// <summary>0028,2110 CS LossyImageCompression.</summary>
    public static readonly DicomTag LossyImageCompression = Define(0x0028, 0x2110, DicomVr.CS);
    /// <summary>0028,3000 SQ ModalityLUTSequence.</summary>
    public static readonly DicomTag ModalityLUTSequence = Define(0x0028, 0x3000, DicomVr.SQ);
    /// <summary>0040,0275 SQ RequestAttributesSequence.</summary>
    public static readonly DicomTag RequestAttributesSequence = Define(0x0040, 0x0275, DicomVr.SQ);
    /// <summary>0040,A043 SQ ConceptNameCodeSequence.</summary>
    public static readonly DicomTag ConceptNameCodeSequence = Define(0x0040, 0xA043, DicomVr.SQ);
    /// <summary>0040,A730 SQ ContentSequence.</summary>
    public static readonly DicomTag ContentSequence = Define(0x0040, 0xA730, DicomVr.SQ);
    /// <summary>3006,0020 SQ StructureSetROISequence.</summary>
    public static readonly DicomTag StructureSetROISequence = Define(0x3006, 0x0020, DicomVr.SQ);
    /// <summary>3006,0039 SQ ROIContourSequence.</summary>
    public static readonly DicomTag ROIContourSequence = Define(0x3006, 0x0039, DicomVr.SQ);
    /// <summary>3006,0040 SQ ContourSequence.</summary>
    public static readonly DicomTag ContourSequence = Define(0x3006, 0x0040, DicomVr.SQ);
    /// <summary>300A,0010 SQ DoseReferenceSequence.</summary>
    public static readonly DicomTag DoseReferenceSequence = Define(0x300A, 0x0010, DicomVr.SQ);
    /// <summary>300A,0070 SQ FractionGroupSequence.</summary>
    public static readonly DicomTag FractionGroupSequence = Define(0x300A, 0x0070, DicomVr.SQ);
    /// <summary>300A,00B0 SQ BeamSequence.</summary>
    public static readonly DicomTag BeamSequence = Define(0x300A, 0x00B0, DicomVr.SQ);
    /// <summary>300A,0180 SQ PatientSetupSequence.</summary>
    public static readonly DicomTag PatientSetupSequence = Define(0x300A, 0x0180, DicomVr.SQ);
    /// <summary>300C,0002 SQ ReferencedRTPlanSequence.</summary>
    public static readonly DicomTag ReferencedRTPlanSequence = Define(0x300C, 0x0002, DicomVr.SQ);
    /// <summary>5200,9229 SQ SharedFunctionalGroupsSequence.</summary>
    public static readonly DicomTag SharedFunctionalGroupsSequence = Define(0x5200, 0x9229, DicomVr.SQ);
    /// <summary>5200,9230 SQ PerFrameFunctionalGroupsSequence.</summary>
    public static readonly DicomTag PerFrameFunctionalGroupsSequence = Define(0x5200, 0x9230, DicomVr.SQ);
    /// <summary>7FE0,0008 OF FloatPixelData.</summary>
    public static readonly DicomTag FloatPixelData = Define(0x7FE0, 0x0008, DicomVr.OF);
    /// <summary>7FE0,0009 OD DoubleFloatPixelData.</summary>
    public static readonly DicomTag DoubleFloatPixelData = Define(0x7FE0, 0x0009, DicomVr.OD);
    /// <summary>7FE0,0010 OW PixelData.</summary>
    public static readonly DicomTag PixelData = Define(0x7FE0, 0x0010, DicomVr.OW);
    /// <summary>FFFC,FFFC OB DataSetTrailingPadding.</summary>
    public static readonly DicomTag DataSetTrailingPadding = Define(0xFFFC, 0xFFFC, DicomVr.OB);
    /// <summary>FFFE,E000 UN Item.</summary>
    public static readonly DicomTag Item = Define(0xFFFE, 0xE000, DicomVr.UN);
    /// <summary>FFFE,E00D UN ItemDelimitationItem.</summary>
    public static readonly DicomTag ItemDelimitationItem = Define(0xFFFE, 0xE00D, DicomVr.UN);
    /// <summary>FFFE,E0DD UN SequenceDelimitationItem.</summary>
    public static readonly DicomTag SequenceDelimitationItem = Define(0xFFFE, 0xE0DD, DicomVr.UN);

    private static DicomTag Define(ushort group, ushort element, DicomVr vr, [CallerMemberName] string keyword = "")
    {
        var tag = new DicomTag(group, element);
        Registry.Add(tag, (vr, keyword));
        return tag;
    }
}
