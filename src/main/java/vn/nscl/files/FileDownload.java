package vn.nscl.files;

/** A file's content, checked against its checksum, with the name and type to serve it under. */
public record FileDownload(String fileName, String mediaType, byte[] content) {
}
