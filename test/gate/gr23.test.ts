/**
 * The twenty-sixth stop's name rules (issue 9, slices 26 and 27 studied), each on sentences of other kinds than the
 * slices', with the words around them that must stay words.
 */
import { describe, expect, it } from '@jest/globals';
import { names } from './piiFinds.js';

describe('every compound surname of the 百家姓 opens a name', () => {
  it('reads a compound that is also a word in a table cell, after a label and in prose', () => {
    const table = ['序号  姓名      单位', '1     王建国    县一中', '2     东门晓岚  县二中', '3     李明      县三中'].join('\n');
    expect(names(table)).toEqual(['王建国', '东门晓岚', '李明']);
    expect(names('申请人：南门春生，男，1968年生。')).toEqual(['南门春生']);
    expect(names('户主：段干建华，家庭人口4人。')).toEqual(['段干建华']);
    expect(names('村民东门海涛说，今年收成不错。')).toEqual(['东门海涛']);
    expect(names('子车明轩同学获得一等奖。')).toEqual(['子车明轩']);
  });

  it('leaves the gate, the place and the ordinal they also are', () => {
    for (const t of ['出东门外走三里就到。', '西门口的菜市场今天关门。', '南宫镇的集市很热闹。', '根据第五条规定办理。',
      '南门大街改造工程开工。', '第五届运动会开幕。', '东门广场晚上人很多。', '谷梁村村委会组织体检。']) {
      expect(names(t)).toEqual([]);
    }
  });
});

describe('an enumeration closed by its count of people holds persons', () => {
  it('reads the last member before 几个人, 三户, 俩人', () => {
    expect(names('工友吕春燕、孙家富几个人天天去帮忙。')).toEqual(['吕春燕', '孙家富']);
    expect(names('贫困户陈家旺、刘家富三户已脱贫。')).toEqual(['陈家旺', '刘家富']);
    expect(names('邻居赵明、孙家兴俩人闻讯赶来。')).toEqual(['赵明', '孙家兴']);
  });

  it('leaves a household called by its family name', () => {
    expect(names('村民冯小平、金家三个人都来了。')).toEqual(['冯小平']);
    expect(names('村民冯小平、张家几户人家都来了。')).toEqual(['冯小平']);
  });
});

describe('a clause opening X是Y的大儿子 with Y a person found is X\'s kinship to a person', () => {
  it('reads X at a line or sentence start', () => {
    expect(names('村民李春生说，今年收成好。\n    鲍一鸣是李春生的外孙，在县城读高中。')).toEqual(['李春生', '鲍一鸣', '李春生']);
    expect(names('低保户牛建国说，日子好过了。牛得草是牛建国的小儿子，在外打工。')).toEqual(['牛建国', '牛得草', '牛建国']);
    expect(names('获奖者蓬春花发言。蓬一凡是蓬春花的大女儿。')).toEqual(['蓬春花', '蓬一凡', '蓬春花']);
  });

  it('leaves a word or a clause before 是', () => {
    expect(names('村民李春生说。\n贝壳是李春生的孙女捡的。')).toEqual(['李春生', '李春生']);
    expect(names('村民李春生说。\n    班长是李春生的儿子。')).toEqual(['李春生', '李春生']);
    expect(names('村民李春生说。他的想法是李春生的儿子提出的。')).toEqual(['李春生', '李春生']);
  });
});

describe('a contact followed by a body\'s unit after a comma is the body\'s staff', () => {
  it('drops the contact placed in a section or an office', () => {
    expect(names('报名截止6月30日。联系人：覃海燕，县农业农村局种植业股，电话：0778-3312456。')).toEqual([]);
    expect(names('活动免费参加。联系人：蒙志刚，镇人民政府社会事务办。')).toEqual([]);
  });

  it('keeps a contact described by kinship or residence', () => {
    expect(names('救助对象如下。联系人：黄小丽，申请人之女，电话：13812345678。')).toEqual(['黄小丽']);
    expect(names('联系人：黄小丽，柳树村村民，电话：13812345678。')).toEqual(['黄小丽']);
  });
});

describe('a program\'s …员 named in a notice of appointment or leaving is the appointee', () => {
  it('reads the monitor, the patroller and the grid worker the notice relieves', () => {
    expect(names('原石门水库监测员邓家富因年满六十五周岁不再续聘，由其子邓志刚接替。')).toEqual(['邓家富', '邓志刚']);
    expect(names('水库巡查员邓家富因年满六十五周岁不再续聘。')).toEqual(['邓家富']);
    expect(names('网格员张秀英因病不再续聘，由其女儿李小琴接替。')).toEqual(['张秀英', '李小琴']);
  });

  it('keeps the staff a notice shows at work', () => {
    expect(names('网格员张秀英入户走访了独居老人。')).toEqual([]);
    expect(names('调解员蒙秀兰主持调解，双方当事人接受。')).toEqual([]);
    expect(names('信息员蒙秀兰说，今年雨水多。')).toEqual([]);
  });
});

describe('a place glued before a noun of residents is no name', () => {
  it('leaves the mountain or shoal before 牧民 and 渔民', () => {
    expect(names('家住该村的欧阳山牧民说，今年草场长得好。')).toEqual([]);
    expect(names('住在河边的赫连滩渔民说，鱼多了。')).toEqual([]);
  });

  it('keeps the resident named after the clause', () => {
    expect(names('家住该村的王建国说，路修好了。')).toEqual(['王建国']);
    expect(names('村民慕容雪说，路修好了。')).toEqual(['慕容雪']);
  });
});

describe('a Dai name opening a line or a sentence with a verb of speech is a person', () => {
  it('reads 岩… and 玉… speakers in a report', () => {
    expect(names('    岩温说，今年橡胶价格好。\n    玉香说，她家种了茶叶。')).toEqual(['岩温', '玉香']);
    expect(names('茶农大会开了半天。岩罕香表示，要把茶园管好。')).toEqual(['岩罕香']);
  });

  it('leaves words that open with a Dai prefix and a speech verb that opens a word', () => {
    expect(names('岩石说明了地层的年代。')).toEqual([]);
    expect(names('文章写道。岩罕说明天再来。')).toEqual([]);
    expect(names('住在滇南的岩温说，今年橡胶好。')).toEqual([]);
  });
});

describe('a listed person noun and a verb of speech make a name of three characters opening with vocabulary', () => {
  it('reads the shopkeeper, the stall holder and the car owner', () => {
    expect(names('摊主来春生说，菜价稳了。')).toEqual(['来春生']);
    expect(names('车主良志强表示，愿意赔偿。')).toEqual(['良志强']);
  });

  it('leaves adverbs and feelings before the verb', () => {
    expect(names('村民也高兴说，路修好了。')).toEqual([]);
    expect(names('店主又笑着说，欢迎再来。')).toEqual([]);
    expect(names('店主很热情说，欢迎再来。')).toEqual([]);
  });
});
