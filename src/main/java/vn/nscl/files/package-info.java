/**
 * Files people upload (certificate evidence, engagement reports, application attachments): the content is checked
 * against what the name claims, the name is made safe, and a SHA-256 checksum detects corruption on every read.
 * Owning modules check who may see a file before they read it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Files")
package vn.nscl.files;
