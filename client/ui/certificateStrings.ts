// The certificate mark's words in English and Simplified Chinese: what was verified, or the exact reason it was not
// (loaded with the verifier, not at start-up).
import { wordsOf, type StringTable } from "./strings";

export const CERTIFICATE_STRINGS = {
  checking: { en: "Checking the certificate…", zh: "正在核验证书……" },
  verified: {
    en: "Certificate {serial} verified: signed by the museum; the record and the {files} of its {certified} certified files this page loaded are unchanged; in the log of {size} entries",
    zh: "证书 {serial} 已核验：博物馆签名有效；记录及本页已载入的 {files} 个文件（共认证 {certified} 个）未被改动；已收录于共 {size} 条的日志",
  },
  consistent: { en: "consistent with the log seen before ({since} entries)", zh: "与此前所见日志（{since} 条）一致" },
  notVerified: { en: "Not verified", zh: "未通过核验" },
  verifyPage: { en: "Verify this object", zh: "核验此藏品" },
  qrCaption: { en: "Scan to verify {accession}", zh: "扫码核验 {accession}" },
  unreachable: { en: "the museum's log could not be reached", zh: "无法连接博物馆的日志" },
  "no-certificate": { en: "there is no valid certificate for this object", zh: "此藏品没有有效证书" },
  "key-changed": { en: "the museum's key is not the one seen before", zh: "博物馆的密钥与此前所见不同" },
  "bad-signature": { en: "the certificate is not signed by the museum's key", zh: "证书并非由博物馆的密钥签署" },
  "wrong-object": { en: "the certificate is for another object", zh: "证书属于另一件藏品" },
  "record-changed": { en: "the record differs from the one certified", zh: "记录与认证时不同" },
  "file-changed": { en: "a file differs from the one certified", zh: "有文件与认证时不同" },
  revoked: { en: "the certificate was revoked", zh: "证书已被撤销" },
  "bad-checkpoint": { en: "the log's checkpoint is not signed by the museum", zh: "日志检查点并非由博物馆签署" },
  "rolled-back": { en: "the log was rolled back (it is smaller than before)", zh: "日志被回滚（比此前更短）" },
  forked: { en: "the log was forked (another history of the same size)", zh: "日志出现分叉（同样长度却是另一段历史）" },
  inconsistent: { en: "the log does not extend the one seen before", zh: "日志并非此前所见日志的延续" },
  "not-in-log": { en: "the certificate is not in the log", zh: "证书未收录于日志" },
  "bad-proof": { en: "the proof of inclusion in the log does not verify", zh: "日志收录证明未通过核验" },
} satisfies StringTable;

export const certificateWords = wordsOf(CERTIFICATE_STRINGS);
