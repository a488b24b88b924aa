// The theatre panel's words in English and Chinese.
export const theatreWords = {
  panel: { en: "Surtitles", zh: "字幕" },
  langZh: { en: "中文", zh: "中文" },
  langEn: { en: "English", zh: "English" },
  langBoth: { en: "Both", zh: "中英" },
  pinyin: { en: "Pinyin", zh: "拼音" },
  sound: { en: "Percussion sound", zh: "鼓板声" },
  glossHint: { en: "Click the line for notes", zh: "点击字幕查看注释" },
  noRecording: {
    en: "No recording of the music exists here: the stage is silent apart from the percussion cues (clapper and drum). The staging is the museum's illustration.",
    zh: "本馆没有这段音乐的录音：舞台无声，只有鼓板的节拍提示。身段为本馆示意性编排。",
  },
  seats: { en: "Seats:", zh: "座位：" },
  credits: { en: "Text, translation and credits", zh: "文本、翻译与鸣谢" },
  edition: { en: "Edition", zh: "底本" },
  variant: { en: "Other copies", zh: "异文" },
  glossTitle: { en: "Notes on this line", zh: "本句注释" },
  beatBan: { en: "[clapper]", zh: "［板］" },
  beatGu: { en: "[drum]", zh: "［鼓］" },
} as const;

export type TheatreWord = keyof typeof theatreWords;
